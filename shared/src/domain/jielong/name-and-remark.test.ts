/** Tests of an entry's name and remark: emoji and emoticons, brackets and separators, Latin and · names, 请假 glued to a name. */

import { describe, expect, it } from 'vitest';
import { parseJielong } from './read-list';

/** Entries without their line and number, to read the tests by what people wrote. */
const people = (text: string) => parseJielong(text).entries.map(({ name, remark }) => [name, remark]);

describe('parseJielong: pastes as WeChat gives them', () => {
  it('strips emoji, WeChat emoticons and punctuation around names, and reads brackets of both widths', () => {
    expect(
      people(
        [
          '1. 🌹李建国🌹钢筋班',
          '2. 刘洋[抱拳]',
          '3. 王芳👍🏻',
          '4. 张伟(木工班)',
          '5. 张伟【架子工】',
          '6. 「孙丽」',
          '7. @周强 钢筋班！',
          '8. [木工班]吴敏',
        ].join('\n'),
      ),
    ).toEqual([
      ['李建国', '钢筋班'],
      ['刘洋', ''],
      ['王芳', ''],
      ['张伟', '木工班'],
      ['张伟', '架子工'],
      ['孙丽', ''],
      ['周强', '钢筋班'],
      ['木工班', '吴敏'],
    ]);
  });

  it('reads separators of every kind, full-width spaces and names spaced out to line up', () => {
    expect(
      people(
        [
          '1.\u3000李建国\u3000钢筋班',
          '2. 王\u3000芳',
          '3. 王 芳 木工班',
          '4. 陈晓明—水电班',
          '5. 赵磊 钢筋班 已学习',
          '6. 张三A班',
          '7. 王 钢筋班',
        ].join('\n'),
      ),
    ).toEqual([
      ['李建国', '钢筋班'],
      ['王芳', ''],
      ['王芳', '木工班'],
      ['陈晓明', '水电班'],
      ['赵磊', '钢筋班 已学习'],
      ['张三', 'A班'],
      ['王', '钢筋班'],
    ]);
  });

  it('reads Latin names of several words, and · names with spaces around the dot', () => {
    expect(
      people(
        ['1. John Smith 钢筋班', '2. Tom-木工班', '3. Mary Ann Lee', '4. José A班', '5. 买买提 · 艾力 架子工', '6. ｊｏｈｎ'].join('\n'),
      ),
    ).toEqual([
      ['John Smith', '钢筋班'],
      ['Tom', '木工班'],
      ['Mary Ann Lee', ''],
      ['José', 'A班'],
      ['买买提·艾力', '架子工'],
      ['john', ''],
    ]);
  });

  it('splits 请假 glued to a name so it is not lost', () => {
    expect(people('1. 赵磊请假\n2. 李建国(病假)\n3. 王芳 明天不来')).toEqual([
      ['赵磊', '请假'],
      ['李建国', '病假'],
      ['王芳', '明天不来'],
    ]);
  });
});
