/** Tests of telling a remark that says the person is away (请假, 缺席, 不来…) from one that does not. */

import { describe, expect, it } from 'vitest';
import { isAbsenceRemark } from './absence';

describe('isAbsenceRemark', () => {
  it('recognises leave and absence however it is said', () => {
    for (const remark of [
      '请假',
      '（请假）',
      '病假',
      '事假',
      '缺席',
      '明天不来',
      '来不了',
      '休息',
      '今天调休',
      '出差',
      '假',
      '家里有事 不能参加',
      '请 假',
      'on leave',
      'Absent',
    ])
      expect(isAbsenceRemark(remark)).toBe(true);
  });

  it('does not take teams, presence or negated leave for absence', () => {
    for (const remark of ['', '钢筋班', '已到', '已学习', '木工班 已签到', '不请假', '没请假', '假如', '请大家准时'])
      expect(isAbsenceRemark(remark)).toBe(false);
  });
});
