/** Tests that any input reads in time and without throwing: the largest paste, random garbage, pathological lines. */

import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_ROWS, QUESTION_TEXT_MAX_CHARS } from '../questions';
import { parseQuestionText } from './index';

describe('parseQuestionText: any input', () => {
  it('reads 5,000 questions in well under a second', () => {
    const text = Array.from({ length: IMPORT_MAX_ROWS }, (_, i) => `${i + 1}.第${i + 1}题的题干（ B ）\nA.甲 B.乙${i}\n`).join('');
    expect(text.length).toBeLessThanOrEqual(QUESTION_TEXT_MAX_CHARS);
    const started = Date.now();
    const { questions, issues } = parseQuestionText(text);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(issues).toEqual([]);
    expect(questions).toHaveLength(IMPORT_MAX_ROWS);
  });

  it('never throws on garbage, and whatever it reads is a valid question with issues on real lines', () => {
    const pieces = [
      '1.',
      '2、',
      '（3）',
      '第4题',
      '[多选题]',
      '一、单选题',
      '三、判断题',
      '四、填空题',
      'A.',
      'B、',
      'C：',
      '(D)',
      'a.',
      '答案：',
      '【答案】',
      '解析：',
      '难度：',
      '知识点：',
      '题型：',
      '参考答案',
      '1-5 ABCDA',
      '1.A 2.B',
      '（ A ）',
      '（√）',
      '×',
      '(AC)',
      '（正确答案）',
      '党的',
      '1921年',
      '- 3 -',
      '\t',
      '\u3000',
      '  ',
      '？',
      '）',
      '(',
      'Ｂ．',
      '9.5',
      '\u200b',
      '\ud83d',
      '\\',
      '$&',
      '.*',
      '\r',
    ];
    let seed = 20240701;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const started = Date.now();
    for (let n = 0; n < 2000; n++) {
      const count = Math.floor(random() * 30);
      const text = Array.from({ length: count }, () =>
        Array.from({ length: Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join(''),
      ).join('\n');
      const { questions, issues } = parseQuestionText(text);
      const lineCount = text.split(/\r\n|\r|\n/).length;
      for (const { question } of questions) {
        expect(question.stem.length).toBeGreaterThanOrEqual(4);
        expect(question.options.length).toBeGreaterThanOrEqual(2);
      }
      for (const issue of issues) {
        expect(issue.line).toBeGreaterThanOrEqual(1);
        expect(issue.line).toBeLessThanOrEqual(lineCount);
      }
    }
    expect(Date.now() - started).toBeLessThan(5000);
    // Long lines and long runs of lines, each read in time that grows with its length, not its square.
    const odd = [
      'A.'.repeat(90_000),
      '(A) '.repeat(40_000),
      `(${'1'.repeat(150_000)}`,
      `${' '.repeat(90_000)}x${' '.repeat(90_000)}？`,
      `参考答案\n${'1.A '.repeat(40_000)}`,
      `1.题目题目（ ）\nA.甲\n${'续\n'.repeat(90_000)}`,
      `1.题目题目（ A ）\nA.甲 B.乙\n解析：${' 答案：A'.repeat(20_000)}`,
      '\ud800\udfff\u0000'.repeat(1000),
    ];
    for (const text of odd) {
      const begun = Date.now();
      expect(() => parseQuestionText(text)).not.toThrow();
      expect(Date.now() - begun).toBeLessThan(2000);
    }
  });
});
