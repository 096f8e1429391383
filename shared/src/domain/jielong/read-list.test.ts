/** Tests of reading a 接龙 paste: header, title, example and description lines, entry numbers, chat among the entries, limits. */

import { describe, expect, it } from 'vitest';
import { JIELONG_MAX_ENTRIES, parseJielong } from './read-list';

/** Entries without their line and number, to read the tests by what people wrote. */
const people = (text: string) => parseJielong(text).entries.map(({ name, remark }) => [name, remark]);

describe('parseJielong: pastes as WeChat gives them', () => {
  it('reads the usual 接龙: header, title, example, numbered entries with teams in any form', () => {
    const list = parseJielong(
      [
        '#接龙',
        '12月2日班前安全教育签到',
        '例 张三 钢筋班',
        '',
        '1. 李建国 钢筋班',
        '2. 王芳',
        '3. 张伟（木工班）',
        '4. 张伟 架子工',
        '5. 赵磊 请假',
        '6. 刘洋🙏',
      ].join('\n'),
    );
    expect(list.title).toBe('12月2日班前安全教育签到');
    expect(list.issues).toEqual([]);
    expect(list.entries).toEqual([
      { line: 5, number: 1, name: '李建国', remark: '钢筋班' },
      { line: 6, number: 2, name: '王芳', remark: '' },
      { line: 7, number: 3, name: '张伟', remark: '木工班' },
      { line: 8, number: 4, name: '张伟', remark: '架子工' },
      { line: 9, number: 5, name: '赵磊', remark: '请假' },
      { line: 10, number: 6, name: '刘洋', remark: '' },
    ]);
  });

  it('takes a description over several lines and numbered rules in it as text, not people, above the example', () => {
    const text = [
      '#接龙 ',
      '3号楼项目部临时党支部',
      '12月“三会一课”党员大会签到',
      '时间：12月5日 18:30',
      '地点：项目部二楼会议室',
      '要求：',
      '1、佩戴安全帽',
      '2、12:30前到场',
      '格式：姓名+班组',
      '',
      '1. 李建国-钢筋班',
      '2. 王芳/木工班',
      '3. 陈晓明，水电班',
      '4. 买买提·艾力 (架子工)',
    ].join('\r\n');
    const list = parseJielong(text);
    expect(list.title).toBe('3号楼项目部临时党支部');
    expect(list.issues).toEqual([]);
    expect(list.entries.map(({ line, name, remark }) => [line, name, remark])).toEqual([
      [11, '李建国', '钢筋班'],
      [12, '王芳', '木工班'],
      [13, '陈晓明', '水电班'],
      [14, '买买提·艾力', '架子工'],
    ]);
  });

  it('takes the text after #接龙 on its line as the title', () => {
    const list = parseJielong('#接龙 周一班前讲话签到\n例：张三 钢筋班\n1. 李建国');
    expect(list.title).toBe('周一班前讲话签到');
    expect(people('＃接龙：周一签到\n1、王芳')).toEqual([['王芳', '']]);
    expect(parseJielong('＃接龙：周一签到\n1、王芳').title).toBe('周一签到');
  });

  it('keeps the numbers WeChat printed after edits: repeated, skipped, zero-padded, in every punctuation', () => {
    const list = parseJielong(
      [
        '#接龙',
        '安全教育',
        '例 张三',
        '1. 李建国',
        '2. 王芳',
        '2. 陈晓明',
        '4、刘洋',
        '5 赵磊',
        '06．孙丽',
        '07.周强',
        '7) 吴敏',
        '８. 郑浩',
      ].join('\n'),
    );
    expect(list.entries.map(({ number, name }) => [number, name])).toEqual([
      [1, '李建国'],
      [2, '王芳'],
      [2, '陈晓明'],
      [4, '刘洋'],
      [5, '赵磊'],
      [6, '孙丽'],
      [7, '周强'],
      [7, '吴敏'],
      [8, '郑浩'],
    ]);
  });

  it('reads a list copied without its header: just numbered lines', () => {
    const list = parseJielong('1. 李建国 钢筋班\n2. 王芳\n3. 张伟 木工班\n');
    expect(list.title).toBe('');
    expect(list.issues).toEqual([]);
    expect(list.entries.map(({ line, name }) => [line, name])).toEqual([
      [1, '李建国'],
      [2, '王芳'],
      [3, '张伟'],
    ]);
  });

  it('ignores chat pasted along among and after the entries, and takes dates in a title for text', () => {
    const list = parseJielong('12 月2日晚班签到\n1. 李建国\n收到\n@王芳 快接龙\n2. 王芳\n12:30 开会');
    expect(list.title).toBe('12 月2日晚班签到');
    expect(list.issues).toEqual([]);
    expect(people('12 月2日晚班签到\n1. 李建国\n收到\n2. 王芳\n12:30 开会\n1.5米以上系安全带')).toEqual([
      ['李建国', ''],
      ['王芳', ''],
    ]);
  });

  it('never takes the example for an entry, whichever way it is written', () => {
    for (const example of ['例 张三 钢筋班', '例：张三 钢筋班', '例:张三', '例如：张三 木工', '格式：姓名 班组', '【例】张三', '示例 张三'])
      expect(people(`#接龙\n签到\n${example}\n1. 王芳`)).toEqual([['王芳', '']]);
    // 例会 is a meeting, not an example.
    expect(parseJielong('例会签到\n1. 王芳').title).toBe('例会签到');
  });

  it('reports an empty paste, numbered lines without a name and nothing else', () => {
    for (const empty of ['', '   ', '\n\r\n\t', '#接龙', '#接龙\n班前教育\n例 张三'])
      expect(parseJielong(empty).issues).toEqual([{ line: 1, message: '没有找到接龙名单，请把微信群里的接龙整段复制过来' }]);
    const list = parseJielong('#接龙\n签到\n1. 李建国\n2.\n3. 🙏🙏\n4. 王芳');
    expect(list.entries.map(({ name }) => name)).toEqual(['李建国', '王芳']);
    expect(list.issues).toEqual([
      { line: 4, message: '第 2 号没有写名字' },
      { line: 5, message: '第 3 号没有写名字' },
    ]);
  });

  it(`reads at most ${JIELONG_MAX_ENTRIES} entries and says where it stopped`, () => {
    const lines = ['#接龙', '全员安全教育', ...Array.from({ length: 520 }, (_, i) => `${i + 1}. 工人${i + 1}`)];
    const list = parseJielong(lines.join('\n'));
    expect(list.entries).toHaveLength(JIELONG_MAX_ENTRIES);
    expect(list.issues).toHaveLength(1);
    expect(list.issues[0]!.line).toBe(2 + JIELONG_MAX_ENTRIES + 1);
    expect(list.issues[0]!.message).toContain(String(JIELONG_MAX_ENTRIES));
  });
});
