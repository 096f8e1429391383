/** Tests of whole documents as organizers paste them: a Word exam paper, a PDF copy of a bank, a study app's export. */

import { describe, expect, it } from 'vitest';
import { JUDGE_OPTIONS } from '../questions';
import { parseQuestionText } from './index';
import { lines } from './test-helpers';

describe('parseQuestionText: the layouts organizers paste', () => {
  it('reads a Word exam paper: title, section headings with notes, answers in the brackets, options two to a line, page numbers', () => {
    const paper = lines(
      '3号楼项目部临时党支部2024年党建知识竞赛试卷',
      '（满分100分，考试时间60分钟）',
      '',
      '一、单项选择题（每题2分，共20分）',
      '1. 中国共产党第一次全国代表大会于（ A ）年召开。',
      'A. 1921   B. 1927',
      'C. 1949   D. 1935',
      '2、党的最高理想和最终目标是',
      '（    ）。',
      'A、实现共产主义',
      'B、全面建成小康社会',
      'C、实现中华民族伟大复兴',
      'D、建设社会主义现代化强国',
      '答案：A',
      '解析：党章总纲明确规定，党的最高理想和最终目标是',
      '实现共产主义。',
      '- 1 -',
      '二、多项选择题（每题3分，共30分）',
      '（1）党的三大优良作风是（ ABD ）',
      '(A) 理论联系实际 (B) 密切联系群众 (C) 艰苦奋斗 (D) 批评与自我批评',
      '（2）【单选题】施工现场临时用电应采用（　）',
      'A．TN-S接零保护系统',
      'B．TT系统',
      'C．IT系统',
      'D．不接地系统',
      '【答案】A',
      '第 1 页 共 2 页',
      '三、判断题',
      '1. 党员必须履行党章规定的义务。（ √ ）',
      '2. 入党积极分子可以参加党的全部会议。（×）',
      '3．预备党员的预备期为一年。（对）',
    );
    const { questions, issues } = parseQuestionText(paper);
    expect(issues).toEqual([]);
    expect(questions.map(({ line, question: q }) => [line, q.type, q.stem, q.options, q.answer])).toEqual([
      [5, 'single', '中国共产党第一次全国代表大会于（ ）年召开。', ['1921', '1927', '1949', '1935'], 'A'],
      [
        8,
        'single',
        '党的最高理想和最终目标是（ ）。',
        ['实现共产主义', '全面建成小康社会', '实现中华民族伟大复兴', '建设社会主义现代化强国'],
        'A',
      ],
      [19, 'multiple', '党的三大优良作风是（ ）', ['理论联系实际', '密切联系群众', '艰苦奋斗', '批评与自我批评'], 'ABD'],
      // The mark on the question wins over its section's heading.
      [21, 'single', '施工现场临时用电应采用（ ）', ['TN-S接零保护系统', 'TT系统', 'IT系统', '不接地系统'], 'A'],
      [29, 'judge', '党员必须履行党章规定的义务。（ ）', [...JUDGE_OPTIONS], 'A'],
      [30, 'judge', '入党积极分子可以参加党的全部会议。（ ）', [...JUDGE_OPTIONS], 'B'],
      [31, 'judge', '预备党员的预备期为一年。（ ）', [...JUDGE_OPTIONS], 'A'],
    ]);
    expect(questions[1]!.question.explanation).toBe('党章总纲明确规定，党的最高理想和最终目标是实现共产主义。');
    expect(questions[0]!.question).toMatchObject({ tags: [], difficulty: 'medium', explanation: '' });
  });

  it('reads a PDF copy: full-width numbers, four options to a line or tab-separated, answer lines in every spelling, 难度 and 知识点', () => {
    const copy = lines(
      '2024年党建知识竞赛题库',
      '１．中国共产党成立于（  ）。',
      'A．1921年  B．1927年  C．1949年  D．1935年',
      '答案：A',
      '2．中国共产党的根本宗旨是（  ）。',
      'A．全心全意为人民服务\tB．实现共产主义\tC．发展经济\tD．依法治国',
      '答案:A 解析：见党章总纲。',
      '3.下列属于党的纪律的有（ ）。A.政治纪律 B.组织纪律 C.廉洁纪律 D.财经纪律',
      '正确答案：A、C',
      '4．党的十八大以来，以习近平同志为核心的党中央',
      '把全面从严治党纳入（ ）战略布局。',
      'A．“四个全面”',
      'B．“五位一体”',
      '— 2 —',
      'C．“两个一百年”',
      'D．“三步走”',
      '参考答案：A',
      '难度：易',
      '知识点：理论学习、党史',
      '5．遵守安全生产规章制度是从业人员的义务。',
      '参考答案：对',
      '6．施工现场可以使用明火取暖。',
      '答案：错误',
      'Page 2 of 10',
    );
    const { questions, issues } = parseQuestionText(copy);
    expect(issues).toEqual([]);
    expect(questions.map(({ line, question: q }) => [line, q.type, q.stem, q.options, q.answer])).toEqual([
      [2, 'single', '中国共产党成立于（ ）。', ['1921年', '1927年', '1949年', '1935年'], 'A'],
      [5, 'single', '中国共产党的根本宗旨是（ ）。', ['全心全意为人民服务', '实现共产主义', '发展经济', '依法治国'], 'A'],
      [8, 'multiple', '下列属于党的纪律的有（ ）。', ['政治纪律', '组织纪律', '廉洁纪律', '财经纪律'], 'AC'],
      [
        10,
        'single',
        '党的十八大以来，以习近平同志为核心的党中央把全面从严治党纳入（ ）战略布局。',
        ['“四个全面”', '“五位一体”', '“两个一百年”', '“三步走”'],
        'A',
      ],
      // No type anywhere, a true/false answer and no options: a judge question.
      [20, 'judge', '遵守安全生产规章制度是从业人员的义务。', [...JUDGE_OPTIONS], 'A'],
      [22, 'judge', '施工现场可以使用明火取暖。', [...JUDGE_OPTIONS], 'B'],
    ]);
    expect(questions[1]!.question.explanation).toBe('见党章总纲。');
    expect(questions[3]!.question).toMatchObject({ difficulty: 'easy', tags: ['理论学习', '党史'] });
  });

  it('reads a study app’s export: [单选题] marks before or after the number, 【答案】, 答案解析, 第N题, 1), lower-case letters', () => {
    const exported = lines(
      '[单选题] 1.中国共产党的根本组织原则是（ ）。',
      'A.民主集中制',
      'B.集体领导',
      'C.个人分工负责',
      'D.少数服从多数',
      '答案：A',
      '答案解析：党章第十条规定，党是根据自己的纲领和章程，按照民主集中制组织起来的统一整体。',
      '难度：中',
      '标签：党章党规',
      '',
      '2.[多选题]施工现场“三宝”是指（ ）',
      'A.安全帽 B.安全带 C.安全网 D.安全鞋',
      '【答案】ABC',
      '',
      '3.(判断题)党员有权对党的决议和政策提出建议。',
      '正确答案：正确',
      '',
      '【不定项】4、下列属于廉洁从业要求的是（ ）',
      'A、不收受礼金 B、不违规兼职 C、按时上下班',
      '答案：AB',
      '',
      '第5题 【单选题】 工会会员享有的权利包括（ ）',
      'a. 选举权 b. 被选举权 c. 无',
      '答案：a',
      '',
      '6) 党的基层组织是党在社会基层组织中的战斗堡垒（ ）【判断题】',
      '答案：√',
      '',
      '【单选题】党章规定，党员的预备期为（ ）。',
      'A：半年 B：一年 C：两年',
      '答案：B',
    );
    const { questions, issues } = parseQuestionText(exported);
    expect(issues).toEqual([]);
    expect(questions.map(({ line, question: q }) => [line, q.type, q.stem, q.options, q.answer])).toEqual([
      [1, 'single', '中国共产党的根本组织原则是（ ）。', ['民主集中制', '集体领导', '个人分工负责', '少数服从多数'], 'A'],
      [11, 'multiple', '施工现场“三宝”是指（ ）', ['安全帽', '安全带', '安全网', '安全鞋'], 'ABC'],
      [15, 'judge', '党员有权对党的决议和政策提出建议。', [...JUDGE_OPTIONS], 'A'],
      // 不定项 is single or multiple by how many letters the answer has.
      [18, 'multiple', '下列属于廉洁从业要求的是（ ）', ['不收受礼金', '不违规兼职', '按时上下班'], 'AB'],
      [22, 'single', '工会会员享有的权利包括（ ）', ['选举权', '被选举权', '无'], 'A'],
      [26, 'judge', '党的基层组织是党在社会基层组织中的战斗堡垒（ ）', [...JUDGE_OPTIONS], 'A'],
      [29, 'single', '党章规定，党员的预备期为（ ）。', ['半年', '一年', '两年'], 'B'],
    ]);
    expect(questions[0]!.question).toMatchObject({
      explanation: '党章第十条规定，党是根据自己的纲领和章程，按照民主集中制组织起来的统一整体。',
      difficulty: 'medium',
      tags: ['党章党规'],
    });
  });
});
