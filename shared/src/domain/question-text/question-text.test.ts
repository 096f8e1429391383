import { describe, expect, it } from 'vitest';
import { describeTextIssue, parseQuestionText, type TextIssue } from './index';
import { IMPORT_MAX_ROWS, JUDGE_OPTIONS, QUESTION_TEXT_MAX_CHARS } from '../questions';

const lines = (...text: string[]) => text.join('\n');
/** Each question as [line, type, stem, options, answer], to read the tests by what was pasted. */
const read = (text: string) =>
  parseQuestionText(text).questions.map(({ line, question: q }) => [line, q.type, q.stem, q.options, q.answer]);
const issuesOf = (text: string): TextIssue[] => parseQuestionText(text).issues;

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

  it('takes the right options marked after their text, in any form, and options glued together', () => {
    const text = lines(
      '1、关于安全帽，下列说法正确的是（ ）',
      'A、进入施工现场必须戴安全帽（正确答案）',
      'B、安全帽可以不系下颏带',
      'C、安全帽要定期检查√',
      'D、安全帽可以当凳子坐',
      '2、党的组织制度是（ ）',
      'A.上海B.民主集中制【正确答案】C.北京D.武汉',
      '3、党的根本宗旨是（ ）',
      '(A)为人民服务(B)共产主义(C)改革开放(D)依法治国',
      '答案：A',
      '4、三级配电是指总配电箱、分配电箱和（ ）',
      'Ａ．开关箱，也叫末级配',
      '电箱',
      'Ｂ．照明箱',
      'Ｃ：动力箱',
      '答案：Ａ',
    );
    expect(issuesOf(text)).toEqual([]);
    expect(read(text)).toEqual([
      [
        1,
        'multiple',
        '关于安全帽，下列说法正确的是（ ）',
        ['进入施工现场必须戴安全帽', '安全帽可以不系下颏带', '安全帽要定期检查', '安全帽可以当凳子坐'],
        'AC',
      ],
      [6, 'single', '党的组织制度是（ ）', ['上海', '民主集中制', '北京', '武汉'], 'B'],
      [8, 'single', '党的根本宗旨是（ ）', ['为人民服务', '共产主义', '改革开放', '依法治国'], 'A'],
      // An option wrapped onto the next line is joined again.
      [11, 'single', '三级配电是指总配电箱、分配电箱和（ ）', ['开关箱，也叫末级配电箱', '照明箱', '动力箱'], 'A'],
    ]);
  });

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

  it('numbers: 1. 1、 1． （1） (1) 第1题 1) alike, and a number glued to a year', () => {
    const text = lines(
      '1.中国共产党成立于哪一年？（ A ）',
      'A.1921 B.1927',
      '2、党的一大在哪里召开？（ B ）',
      'A.北京 B.上海',
      '3．遵义会议召开于哪一年？（ A ）',
      'A.1935 B.1936',
      '（4）党的二大在哪里召开？（ A ）',
      'A.上海 B.广州',
      '(5)党的三大在哪里召开？（ B ）',
      'A.上海 B.广州',
      '第6题 党的七大在哪里召开？（ A ）',
      'A.延安 B.西柏坡',
      '7) 党的八大在哪里召开？（ A ）',
      'A.北京 B.上海',
      '8.2021年是中国共产党成立多少周年？（ A ）',
      'A.100 B.90',
    );
    expect(issuesOf(text)).toEqual([]);
    expect(read(text).map(([line, , stem]) => [line, stem])).toEqual([
      [1, '中国共产党成立于哪一年？（ ）'],
      [3, '党的一大在哪里召开？（ ）'],
      [5, '遵义会议召开于哪一年？（ ）'],
      [7, '党的二大在哪里召开？（ ）'],
      [9, '党的三大在哪里召开？（ ）'],
      [11, '党的七大在哪里召开？（ ）'],
      [13, '党的八大在哪里召开？（ ）'],
      [15, '2021年是中国共产党成立多少周年？（ ）'],
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

  it('keeps numbered lists in an explanation and the statements of a 组合题 where they belong', () => {
    const text = lines(
      '1. 下列说法正确的是（ ）',
      '(1) 党是中国工人阶级的先锋队',
      '(2) 党是中国特色社会主义事业的领导核心',
      'A. (1)  B. (2)  C. (1)(2)  D. 都不对',
      '答案：C',
      '解析：党章总纲规定：',
      '1.中国共产党是中国工人阶级的先锋队；',
      '2.同时是中国人民和中华民族的先锋队。',
      'A项只说对了一半，故选C。',
      '2. 党的最高理想是（ A ）',
      'A.共产主义 B.小康社会',
    );
    expect(issuesOf(text)).toEqual([]);
    const [first, second] = parseQuestionText(text).questions;
    expect(first!.question.stem).toBe('下列说法正确的是（ ） (1) 党是中国工人阶级的先锋队 (2) 党是中国特色社会主义事业的领导核心');
    expect(first!.question.options).toEqual(['(1)', '(2)', '(1)(2)', '都不对']);
    expect(first!.question.explanation).toBe(
      '党章总纲规定：1.中国共产党是中国工人阶级的先锋队；2.同时是中国人民和中华民族的先锋队。A项只说对了一半，故选C。',
    );
    expect(second!.line).toBe(10);
  });

  it('handles \\r\\n, \\r, full-width spaces, invisible characters and a mark after the stem', () => {
    const text =
      '\ufeff１．\u3000党的根本宗旨是（\u3000\u3000）【单选题】\r\nＡ．\u3000为人民服务\u3000\u3000Ｂ．\u200b发展经济\r\n答案：Ａ\r2、党员应当按期交纳党费。（√）\r\n';
    expect(issuesOf(text)).toEqual([]);
    expect(read(text)).toEqual([
      [1, 'single', '党的根本宗旨是（ ）', ['为人民服务', '发展经济'], 'A'],
      [4, 'judge', '党员应当按期交纳党费。（ ）', [...JUDGE_OPTIONS], 'A'],
    ]);
  });
});

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
