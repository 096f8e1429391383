import { describe, expect, it } from 'vitest';
import { answerLettersOf, headerColumn, judgeAnswerOf, optionText, questionTypeOf } from './question-import';

describe('reading other platforms’ question files', () => {
  it('names the column of a header, by synonym or option letter, ignoring spaces and full-width forms', () => {
    expect(headerColumn('题目内容')).toBe('题干');
    expect(headerColumn(' 正确 答案 ')).toBe('答案');
    expect(headerColumn('难易程度')).toBe('难度');
    expect(headerColumn('知识点')).toBe('标签');
    expect(headerColumn('选项Ｃ')).toEqual({ option: 2 });
    expect(headerColumn('a')).toEqual({ option: 0 });
    expect(headerColumn('F选项')).toEqual({ option: 5 });
    expect(headerColumn('选项G')).toBeNull();
    expect(headerColumn('序号')).toBeNull();
  });

  it('reads type names, answers with any separators and true/false words', () => {
    expect(questionTypeOf('单项选择题')).toBe('single');
    expect(questionTypeOf('【多选题】')).toBe('multiple');
    expect(questionTypeOf('不定项选择题')).toBe('indefinite');
    expect(questionTypeOf('填空题')).toBeNull();
    for (const written of ['A、C', 'A,C', 'A C', 'ac', 'ＡＣ', 'A，C']) expect(answerLettersOf(written)).toBe('AC');
    expect(answerLettersOf('正确')).toBeNull();
    for (const yes of ['对', '√', '正确', 'T', '是', 'true']) expect(judgeAnswerOf(yes)).toBe('A');
    for (const no of ['错', '×', '错误', 'F', '否']) expect(judgeAnswerOf(no)).toBe('B');
  });

  it('drops the letter an option cell repeats, and only its own letter', () => {
    expect(optionText('A. 1982', 'A')).toBe('1982');
    expect(optionText('A、安全帽', 'A')).toBe('安全帽');
    expect(optionText('(B) 秉公用权', 'B')).toBe('秉公用权');
    expect(optionText('Ｃ．三级配电', 'C')).toBe('三级配电');
    expect(optionText('B. 不是这一列的字母', 'A')).toBe('B. 不是这一列的字母');
    expect(optionText('Apple', 'A')).toBe('Apple');
  });
});
