/** Tests of the problems a paste is reported with, each at its line: answers, options, lengths, unplaced lines, limits. */

import { describe, expect, it } from 'vitest';
import { IMPORT_MAX_ROWS, QUESTION_TEXT_MAX_CHARS } from '../questions';
import { describeTextIssue, parseQuestionText } from './index';
import { issuesOf, lines, read } from './test-helpers';

describe('parseQuestionText: problems, by line', () => {
  it('reports a question without an answer, and leaves it out', () => {
    const text = lines(
      '2024年党建知识竞赛',
      '',
      '1. 党的最高理想是（ ）',
      'A. 共产主义 B. 小康社会',
      '2. 党的宗旨是（ A ）',
      'A. 为人民服务 B. 发展',
    );
    const { questions, issues } = parseQuestionText(text);
    expect(issues).toEqual([{ line: 3, message: '这道题没有找到答案，请加一行“答案：A”或在括号里写上答案' }]);
    expect(describeTextIssue(issues[0]!)).toBe('第 3 行：这道题没有找到答案，请加一行“答案：A”或在括号里写上答案');
    expect(questions.map((q) => q.line)).toEqual([5]);
  });

  it('reports answers that do not fit the options or the type', () => {
    const text = lines(
      '一、单选题',
      '1. 党的性质是（ ）',
      'A. 先锋队 B. 政党 C. 组织 D. 团体',
      '答案：E',
      '2. 党的根本宗旨是（ AC ）',
      'A. 为人民服务 B. 发展 C. 改革',
      '3. 答案写成了文字（ ）',
      'A. 甲 B. 乙',
      '答案：甲',
      '二、多选题',
      '1. 多选题只有一个答案（ B ）',
      'A. 甲 B. 乙 C. 丙',
      '三、判断题',
      '1. 判断题的答案写成了字母C',
      '答案：C',
      '2. 判断题写了 A 到 C 三个选项（ A ）',
      'A. 甲 B. 乙 C. 丙',
      '3. 括号和答案行不一致（√）',
      '答案：错',
    );
    expect(parseQuestionText(text)).toEqual({
      questions: [],
      issues: [
        { line: 4, message: '答案里的 E 没有对应的选项（这道题的选项是 A 到 D），请检查答案或选项' },
        { line: 5, message: '单选题只能有一个答案，这里写的是 AC；如果是多选题，请标上【多选题】或写在“多选题”标题下' },
        { line: 9, message: '答案“甲”看不懂，请写选项的字母，如“答案：A”或“答案：ACD”' },
        { line: 11, message: '多选题至少要有两个答案，这里只有 B；如果是单选题，请标上【单选题】或写在“单选题”标题下' },
        { line: 15, message: '判断题的答案“C”看不懂，请写“正确”或“错误”（也可以写对、错、√、×）' },
        { line: 17, message: '判断题不用写选项，这道题却有 A、B… 选项；如果它是选择题，请标上【单选题】或【多选题】' },
        { line: 18, message: '这道题的答案写了不一样的两处（错误 和 正确），请只留一个' },
      ],
    });
  });

  it('reports too few, too many, repeated, empty and out-of-order options', () => {
    const text = lines(
      '1. 只有一个选项的题目（ A ）',
      'A. 只有一个',
      '2. 七个选项的题目（ A ）',
      'A.一 B.二 C.三 D.四',
      'E.五 F.六 G.七',
      '3. 选项重复的题目（ A ）',
      'A. 一样 B．一样 C. 不同',
      '4. 选项没有内容的题目（ A ）',
      'A. 有内容 B.',
      '5. 少了选项 B 的题目（ A ）',
      'A. 甲',
      'C. 丙',
      '6. 没有选项的选择题',
      '答案：B',
    );
    expect(issuesOf(text)).toEqual([
      { line: 2, message: '只找到 1 个选项（A），选择题至少要有 2 个选项' },
      { line: 5, message: '这道题有 7 个选项，最多只能有 6 个（A 到 F）' },
      { line: 7, message: '选项 B 和选项 A 一样，请改掉或删掉一个' },
      { line: 9, message: '选项 B 没有内容，请补上或删掉这个选项' },
      { line: 12, message: '选项 C 前面缺少选项 B，请按 A、B、C… 的顺序写' },
      { line: 13, message: '没有找到选项：选项请以“A.”“B.”开头，每个一行或用空格隔开；判断题请写在“判断题”标题下，或标上【判断题】' },
    ]);
  });

  it('reports stems too short or too long, a long explanation, a bad 难度, and a stem repeated in the paste', () => {
    const long = '党'.repeat(501);
    const text = lines(
      '1. 短',
      '答案：对',
      `2. ${long}（√）`,
      '3. 党的最高理想是共产主义。（√）',
      `解析：${'解'.repeat(1001)}`,
      '4. 党章是党的根本大法。（√）',
      '难度：超级难',
      '5. 党员应当按期交纳党费。（√）',
      '6. 党员应当按期交纳党费！（√）',
    );
    const { questions, issues } = parseQuestionText(text);
    expect(issues).toEqual([
      { line: 1, message: '题干至少 4 个字' },
      { line: 3, message: '题干不能超过 500 个字' },
      { line: 5, message: '解析不能超过 1000 个字' },
      { line: 7, message: '难度“超级难”看不懂，请写易、中或难' },
      { line: 9, message: '与第 8 行的题目重复，请删掉其中一道' },
    ]);
    expect(questions.map((q) => q.line)).toEqual([8]);
  });

  it('reports lines it cannot place, but skips titles, headings, notes and page numbers', () => {
    const text = lines(
      '2024年党建知识竞赛题库',
      '姓名：________  得分：________',
      '一、单选题（本大题共2小题）',
      '每小题只有一个正确答案。',
      '1. 党的最高理想是（ ）',
      'A. 共产主义 B. 小康社会',
      '答案：A',
      '这一行是从别处粘过来的',
      '- 2 -',
      '第 2 页 共 3 页',
      '2/3',
      '------------',
      '党员应当按期交纳党费（√）',
      '答案：B',
    );
    const { questions, issues } = parseQuestionText(text);
    expect(questions.map((q) => q.line)).toEqual([5]);
    expect(issues.map((issue) => issue.line)).toEqual([8, 13]);
    expect(issues[0]!.message).toMatch(/^这一行没有读取/);
    // A stem without a number is still read when its answer follows, and reported for what it lacks.
    expect(issues[1]!.message).toMatch(/^没有找到选项/);
    expect(issuesOf(lines('答案：A', '1. 党的最高理想是共产主义。（√）'))).toEqual([
      { line: 1, message: '这一行的答案前面没有找到题目；题目请以“1.”这样的题号开头' },
    ]);
    expect(issuesOf(lines('说明：本卷共 3 题', '党员应当按期交纳党费。（√）', '1. 党的最高理想是共产主义。（√）'))).toEqual([
      { line: 2, message: '这一行像是一道题，但没有题号，也没有找到它的选项或答案，没有读取；请在前面加上题号，如“1.”' },
    ]);
  });

  it('reads a question without a number when its options follow', () => {
    expect(read(lines('党史知识', '中国共产党成立于（ ）', 'A.1921年 B.1927年', '答案：A'))).toEqual([
      [2, 'single', '中国共产党成立于（ ）', ['1921年', '1927年'], 'A'],
    ]);
  });

  it('reports an empty paste, one with no questions, one too long, and one with too many questions', () => {
    for (const empty of ['', '   ', '\n\r\n\u3000\n'])
      expect(parseQuestionText(empty)).toEqual({
        questions: [],
        issues: [{ line: 1, message: '没有粘贴任何内容，请把 Word 或 PDF 里的题目整段复制过来' }],
      });
    expect(issuesOf('2024年党建知识竞赛题库\n- 1 -')).toEqual([{ line: 1, message: expect.stringMatching(/^没有找到题目/) }]);
    expect(issuesOf('1'.repeat(QUESTION_TEXT_MAX_CHARS + 1))).toEqual([
      { line: 1, message: `粘贴的内容有 ${QUESTION_TEXT_MAX_CHARS + 1} 个字，一次最多 ${QUESTION_TEXT_MAX_CHARS} 个字，请分几次粘贴` },
    ]);
    const many = Array.from({ length: IMPORT_MAX_ROWS + 2 }, (_, i) => `${i + 1}、第${i + 1}题对吗（√）`).join('\n');
    const { questions, issues } = parseQuestionText(many);
    expect(questions).toHaveLength(IMPORT_MAX_ROWS);
    expect(issues).toEqual([
      { line: IMPORT_MAX_ROWS + 1, message: `一次最多导入 ${IMPORT_MAX_ROWS} 道题，从这一行起没有读取，请分几次粘贴` },
    ]);
  });
});
