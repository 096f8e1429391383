/**
 * Question files as organizers bring them (#14): exported by other platforms and writers (openpyxl,
 * Excel's GBK CSV), with their own headers, type names, answer forms and title rows above the header.
 * Each goes in whole, read as the platform meant it.
 */
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeWorld, type World } from '../../../test/fixtures';
import { examPlatformXlsx, studyAppCsv, surveyPlatformGbkCsv } from '../../contest/fixtures/question-files';
import { toCsv } from '../../../test/csv';
import { fromBase64 } from '../../../test/base64';

interface Listed {
  type: string;
  stem: string;
  options: string[];
  answer: string;
  explanation: string | null;
  tags: string[];
  difficulty: string;
}

async function importAndList(bytes: Uint8Array) {
  const world: World = await makeWorld();
  const { bankId } = await makeBank(world, {});
  const res = await call('POST', `/api/banks/${bankId}/import`, {
    token: world.people.secretary.token,
    rawBody: bytes,
    headers: { 'content-type': 'application/octet-stream' },
  });
  const list = await call('GET', `/api/banks/${bankId}/questions`, { token: world.people.secretary.token });
  return { res, questions: (list.body.questions ?? []) as Listed[] };
}

describe('question files from other platforms', () => {
  it('an exam platform’s .xlsx by openpyxl: a title row above the header, 试题类型 / 参考答案 / 难易程度 / 知识点, numbers and dates typed as such, options repeating their letter', async () => {
    const { res, questions } = await importAndList(fromBase64(examPlatformXlsx));
    expect(res.body).toEqual({ imported: 6 });
    expect(questions.map((q) => [q.type, q.answer, q.difficulty])).toEqual([
      ['single', 'A', 'easy'],
      ['single', 'B', 'medium'],
      ['multiple', 'ABC', 'hard'],
      ['judge', 'A', 'easy'],
      ['judge', 'B', 'easy'],
      ['single', 'A', 'easy'],
    ]);
    // Dates come as the dates the cells show, not Excel's day counts (in whatever date style).
    expect(questions[5]!.options).toEqual(['1921-07-01', '1921-07-23', '1949-10-01', '1927-08-01']);
    expect(questions[0]!.options).toEqual(['综合治理', '以人为本', '重点监管', '全员参与']);
    expect(questions[0]!.tags).toEqual(['安全生产']);
    expect(questions[0]!.explanation).toBe('安全生产法第三条。');
    expect(questions[1]!.options).toEqual(['1919', '1921', '1927', '1949']);
    expect(questions[2]!.options[0]).toBe('安全帽');
  });

  it('a survey platform’s bank saved by Excel as GBK CSV: 题目类型 / 题目内容 / 正确答案, 不定项, full-width, lower-case and spaced answers, T / F', async () => {
    const { res, questions } = await importAndList(fromBase64(surveyPlatformGbkCsv));
    expect(res.body).toEqual({ imported: 5 });
    expect(questions.map((q) => [q.type, q.answer])).toEqual([
      ['multiple', 'ABC'],
      ['single', 'A'],
      ['multiple', 'ABC'],
      ['judge', 'A'],
      ['judge', 'B'],
    ]);
    expect(questions[0]!.stem).toBe('下列属于“三会一课”的有？');
  });

  it('a study app’s UTF-8 CSV with two title lines, 题型 / 题目 / 分类 / 难易度, options written (A) …, answers 对 / 错 and A、B、C、D', async () => {
    const { res, questions } = await importAndList(fromBase64(studyAppCsv));
    expect(res.body).toEqual({ imported: 4 });
    expect(questions.map((q) => [q.type, q.answer])).toEqual([
      ['single', 'C'],
      ['multiple', 'ABCD'],
      ['judge', 'A'],
      ['judge', 'B'],
    ]);
    expect(questions[0]!.options).toEqual(['廉洁自律', '秉公用权', '以权谋私', '艰苦奋斗']);
    expect(questions[0]!.tags).toEqual(['廉洁从业']);
  });

  it('still reports what is wrong by row and column, counting the title rows', async () => {
    const rows = [
      ['某平台题库导出'],
      ['题目类型', '题目内容', 'A', 'B', '正确答案'],
      ['单项选择题', '这一题的答案不在选项里？', '甲', '乙', 'Ｅ'],
      ['填空题', '这一题型导入不了。', '甲', '乙', 'A'],
    ];
    const { res } = await importAndList(new TextEncoder().encode(toCsv(rows)));
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([
      { row: 3, column: '答案', message: '选项 E 不存在' },
      { row: 4, column: '题型', message: '“填空题”不是单选、多选、不定项或判断' },
    ]);
  });
});
