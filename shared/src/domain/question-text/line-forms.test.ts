/**
 * Tests of how single lines are written: question numbers, options marked right or glued together,
 * numbered lists inside a question, line breaks, full-width and invisible characters.
 */

import { describe, expect, it } from 'vitest';
import { JUDGE_OPTIONS } from '../questions';
import { parseQuestionText } from './index';
import { issuesOf, lines, read } from './test-helpers';

describe('parseQuestionText: the layouts organizers paste', () => {
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
