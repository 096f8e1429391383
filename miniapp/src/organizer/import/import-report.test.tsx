import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { toApiError } from '../../api/errors';
import { describeIssue } from '@sitebranch/shared';
import { ImportReport } from './import-report';

describe('the import report', () => {
  afterEach(cleanup);

  it('words each problem by row and column, as the server words its summary', () => {
    expect(describeIssue({ row: 12, column: '答案', message: '选项 E 不存在' })).toBe('行 12，答案列：选项 E 不存在');
    expect(describeIssue({ row: 1, column: '表头', message: '缺少“题干”列' })).toBe('行 1，表头：缺少“题干”列');
  });

  it('lists the issues of a refused file under its message', () => {
    const error = toApiError(400, {
      error: {
        code: 'import_failed',
        message: '文件中有 2 处错误，整份未导入。行 12，答案列：选项 E 不存在',
        requestId: 'r1',
        issues: [
          { row: 12, column: '答案', message: '选项 E 不存在' },
          { row: 15, column: '题型', message: '“填空”不是单选、多选或判断' },
        ],
      },
    });
    expect(error.issues).toHaveLength(2);
    render(<ImportReport outcome={{ kind: 'failed', fileName: '题目.xlsx', message: error.message, issues: error.issues ?? [] }} />);
    expect(screen.getByRole('alert').textContent).toContain('整份未导入');
    // The first problem is said once, in the list, not again in the headline.
    expect(screen.getByRole('alert').textContent!.split('选项 E 不存在')).toHaveLength(2);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '行 12，答案列：选项 E 不存在',
      '行 15，题型列：“填空”不是单选、多选或判断',
    ]);
  });

  it('says how many questions went in', () => {
    render(<ImportReport outcome={{ kind: 'done', fileName: '题目.csv', imported: 100 }} />);
    expect(screen.getByRole('status').textContent).toBe('题目.csv：已导入 100 道题');
  });
});
