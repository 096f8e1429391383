/** Tests of where answers and types come from: an answer key at the end, marks and headings, an answer on the line below 答案. */

import { describe, expect, it } from 'vitest';
import { JUDGE_OPTIONS } from '../questions';
import { parseQuestionText } from './index';
import { issuesOf, lines, read } from './test-helpers';

describe('parseQuestionText: the layouts organizers paste', () => {
  it('reads an answer key at the end, by section, and skips a section of questions the bank cannot hold', () => {
    const paper = lines(
      '党史知识测试卷',
      '一、单选题',
      '1. 遵义会议召开于（ ）。',
      'A. 1935年  B. 1936年  C. 1937年  D. 1934年',
      '2. 中华人民共和国成立于（ ）。',
      'A. 1948年  B. 1949年  C. 1950年  D. 1951年',
      '二、多选题',
      '1. 下列属于“四个意识”的有（ ）。',
      'A. 政治意识 B. 大局意识 C. 核心意识 D. 看齐意识',
      '三、填空题',
      '1. 党的一大在______召开。',
      '四、判断题',
      '1. 党的一大在上海召开。（ ）',
      '2. 中国共产党成立于1927年。（ ）',
      '',
      '参考答案',
      '一、单选题',
      '1-2 AB',
      '二、多选题',
      '1.ABCD 解析：四个意识是政治意识、大局意识、核心意识、看齐意识。',
      '三、填空题',
      '1. 上海',
      '四、判断题',
      '1. √ 2. ×',
    );
    const { questions, issues } = parseQuestionText(paper);
    expect(issues).toEqual([{ line: 10, message: '“填空题”不能导入（题库只收单选题、多选题和判断题），这一部分的题目没有读取' }]);
    expect(questions.map(({ line, question: q }) => [line, q.type, q.answer])).toEqual([
      [3, 'single', 'A'],
      [5, 'single', 'B'],
      [8, 'multiple', 'ABCD'],
      [13, 'judge', 'A'],
      [14, 'judge', 'B'],
    ]);
    expect(questions[2]!.question.explanation).toBe('四个意识是政治意识、大局意识、核心意识、看齐意识。');
    // Numbered straight through, a key on one line.
    expect(
      read(lines('1.党的最高理想是（ ）', 'A.共产主义 B.小康', '2.党的宗旨是（ ）', 'A.发展 B.为人民服务', '参考答案：1.A 2.B')),
    ).toEqual([
      [1, 'single', '党的最高理想是（ ）', ['共产主义', '小康'], 'A'],
      [3, 'single', '党的宗旨是（ ）', ['发展', '为人民服务'], 'B'],
    ]);
  });

  it('decides the type: its mark, then its heading, then the answer; 对/错 written as options is a judge question', () => {
    const text = lines(
      '一、多项选择题',
      '1.【单选题】党的最高领导机关是（ B ）',
      'A.中央委员会 B.全国代表大会',
      '2.下列属于党的优良作风的有（ AB ）',
      'A.理论联系实际 B.密切联系群众 C.脱离群众',
      '二、其他',
      '3.下列属于“两个维护”的有（ ）',
      'A.坚决维护习近平总书记党中央的核心、全党的核心地位 B.坚决维护党中央权威和集中统一领导 C.维护个人权威',
      '答案：AB',
      '4.党支部是党的基础组织。（ ）',
      'A.对 B.错',
      '答案：A',
      '5.党员可以不参加组织生活。',
      'A. 错误  B. 正确',
      '答案：A',
    );
    expect(issuesOf(text)).toEqual([]);
    expect(read(text).map(([line, type, , options, answer]) => [line, type, options, answer])).toEqual([
      [2, 'single', ['中央委员会', '全国代表大会'], 'B'],
      [4, 'multiple', ['理论联系实际', '密切联系群众', '脱离群众'], 'AB'],
      [7, 'multiple', ['坚决维护习近平总书记党中央的核心、全党的核心地位', '坚决维护党中央权威和集中统一领导', '维护个人权威'], 'AB'],
      [10, 'judge', [...JUDGE_OPTIONS], 'A'],
      // A（错误）is 错误 whichever way round the options were written.
      [13, 'judge', [...JUDGE_OPTIONS], 'B'],
    ]);
  });

  it('takes the answer from the line below an empty 答案, and a bare 选择题 section as single or multiple by the answer', () => {
    const text = lines(
      '一、选择题',
      '1.党的最高理想是（ ）',
      'A.共产主义',
      'B.小康社会',
      '答案：',
      'A',
      '2.下列属于党的优良作风的有（ ）',
      'A.理论联系实际 B.密切联系群众 C.脱离群众',
      '答案',
      'AB',
      '二、判断题',
      '1.党员应当按期交纳党费。（√）',
      '三、党史部分',
      '1.中国共产党成立于1921年。',
      '答案：对',
    );
    expect(issuesOf(text)).toEqual([]);
    expect(read(text).map(([line, type, , , answer]) => [line, type, answer])).toEqual([
      [2, 'single', 'A'],
      [7, 'multiple', 'AB'],
      [12, 'judge', 'A'],
      // A section by topic after it: no type given, judged by the answer.
      [14, 'judge', 'A'],
    ]);
    expect(issuesOf(lines('1.党的最高理想是（ ）', 'A.共产主义 B.小康社会', '答案：'))).toEqual([
      { line: 3, message: '“答案：”后面没有写答案，请写上选项的字母，如“答案：A”' },
    ]);
  });
});
