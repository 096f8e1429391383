/** Tests of matching entries to the roster: exact names, work teams among same-named people, close names, repeats, leave. */

import { describe, expect, it } from 'vitest';
import { isAbsenceRemark } from './absence';
import { matchJielong, type RosterPerson } from './match-roster';
import { type JielongEntry, parseJielong } from './read-list';

const entry = (name: string, remark = '', line = 1): JielongEntry => ({ line, number: line, name, remark });

describe('matchJielong', () => {
  const roster: RosterPerson[] = [
    { userId: 'lijianguo', name: '李建国', workTeam: '钢筋班' },
    { userId: 'wangfang', name: '王芳', workTeam: null },
    { userId: 'zhangwei-mu', name: '张伟', workTeam: '木工班' },
    { userId: 'zhangwei-jia', name: '张伟', workTeam: '架子工班' },
    { userId: 'zhaolei', name: '赵磊', workTeam: '钢筋班' },
    { userId: 'maimaiti', name: '买买提·艾力', workTeam: '架子工班' },
    { userId: 'john', name: 'John Smith', workTeam: null },
    { userId: 'chenxiaoming', name: '陈晓明', workTeam: '水电班' },
  ];
  const kinds = (text: string) => matchJielong(parseJielong(text).entries, roster).map(({ match }) => match);

  it('matches the usual 接龙 through every kind', () => {
    const text =
      '#接龙\n班前教育\n例 张三 钢筋班\n1. 李建国 钢筋班\n2. 王芳\n3. 张伟（木工班）\n4. 张伟\n5. 刘洋🙏\n6. 李建国\n7. 赵磊 请假';
    expect(kinds(text)).toEqual([
      { kind: 'exact', userId: 'lijianguo' },
      { kind: 'exact', userId: 'wangfang' },
      { kind: 'team', userId: 'zhangwei-mu' },
      { kind: 'ambiguous', candidates: ['zhangwei-mu', 'zhangwei-jia'] },
      { kind: 'unknown', candidates: [] },
      { kind: 'repeat', firstLine: 4, userId: 'lijianguo' },
      { kind: 'exact', userId: 'zhaolei' },
    ]);
  });

  it('tells two 张伟 apart by a work team written fully, partly, in brackets or among other words', () => {
    for (const [remark, userId] of [
      ['木工班', 'zhangwei-mu'],
      ['木工', 'zhangwei-mu'],
      ['架子工', 'zhangwei-jia'],
      ['架子工班 已学习', 'zhangwei-jia'],
      ['（木工班）', 'zhangwei-mu'],
      ['木工班已到', 'zhangwei-mu'],
    ] as const) {
      expect(matchJielong([entry('张伟', remark)], roster)[0]!.match).toEqual({ kind: 'team', userId });
    }
    // Says nothing about a team, or fits both: the organizer chooses.
    for (const remark of ['', '已学习', '班', '工班', '请假']) {
      expect(matchJielong([entry('张伟', remark)], roster)[0]!.match).toEqual({
        kind: 'ambiguous',
        candidates: ['zhangwei-mu', 'zhangwei-jia'],
      });
    }
  });

  it('prefers the team written exactly when the remark fits two', () => {
    const twoTeams: RosterPerson[] = [
      { userId: 'a', name: '刘洋', workTeam: '木工' },
      { userId: 'b', name: '刘洋', workTeam: '木工班' },
      { userId: 'c', name: '刘洋', workTeam: '木工' },
    ];
    expect(matchJielong([entry('刘洋', '木工班')], twoTeams)[0]!.match).toEqual({ kind: 'team', userId: 'b' });
    expect(matchJielong([entry('刘洋', '木工')], twoTeams)[0]!.match).toEqual({ kind: 'ambiguous', candidates: ['a', 'b', 'c'] });
  });

  it('keeps the only person of a name exact whatever team the remark names', () => {
    expect(matchJielong([entry('李建国', '木工班')], roster)[0]!.match).toEqual({ kind: 'exact', userId: 'lijianguo' });
  });

  it('compares names without spaces, · or case and with full-width forms folded', () => {
    for (const name of ['买买提·艾力', '买买提 · 艾力', '买买提艾力', '买买提•艾力', '买买提.艾力']) {
      expect(matchJielong([entry(name)], roster)[0]!.match).toEqual({ kind: 'exact', userId: 'maimaiti' });
    }
    for (const name of ['John Smith', 'john smith', 'ＪＯＨＮ　ＳＭＩＴＨ', 'JohnSmith']) {
      expect(matchJielong([entry(name)], roster)[0]!.match).toEqual({ kind: 'exact', userId: 'john' });
    }
    expect(kinds('1. John Smith 钢筋班')).toEqual([{ kind: 'exact', userId: 'john' }]);
  });

  it('offers close roster names for a name nobody has', () => {
    const one = (name: string) => matchJielong([entry(name)], roster)[0]!.match;
    expect(one('张卫')).toEqual({ kind: 'unknown', candidates: ['zhangwei-mu', 'zhangwei-jia'] });
    expect(one('陈小明')).toEqual({ kind: 'unknown', candidates: ['chenxiaoming'] });
    expect(one('买买提')).toEqual({ kind: 'unknown', candidates: ['maimaiti'] });
    expect(one('李建国钢筋班')).toEqual({ kind: 'unknown', candidates: ['lijianguo'] });
    expect(one('John')).toEqual({ kind: 'unknown', candidates: ['john'] });
    // Too different, or one character that every name shares a length with.
    expect(one('刘洋')).toEqual({ kind: 'unknown', candidates: [] });
    expect(one('王')).toEqual({ kind: 'unknown', candidates: [] });
  });

  it('limits close names to a handful', () => {
    const many: RosterPerson[] = Array.from({ length: 40 }, (_, i) => ({
      userId: `u${i}`,
      name: `张${String.fromCodePoint(0x4e00 + i)}`,
      workTeam: null,
    }));
    const match = matchJielong([entry('张某')], many)[0]!.match;
    expect(match.kind).toBe('unknown');
    expect(match.kind === 'unknown' && match.candidates.length).toBe(8);
  });

  it('reports the second 接龙 of the same person, by exact name or by team, with the first line', () => {
    const text = '1. 张伟 木工班\n2. 王芳\n3. 张伟（木工）\n4. 王 芳\n5. 张伟 架子工';
    expect(kinds(text)).toEqual([
      { kind: 'team', userId: 'zhangwei-mu' },
      { kind: 'exact', userId: 'wangfang' },
      { kind: 'repeat', firstLine: 1, userId: 'zhangwei-mu' },
      { kind: 'repeat', firstLine: 2, userId: 'wangfang' },
      { kind: 'team', userId: 'zhangwei-jia' },
    ]);
    // An undecided 张伟 decides nobody: the next one is not a repeat.
    expect(kinds('1. 张伟\n2. 张伟 木工班').map(({ kind }) => kind)).toEqual(['ambiguous', 'team']);
  });

  it('matches entries that ask for leave like the others, for the caller to leave out', () => {
    const matched = matchJielong(parseJielong('1. 赵磊请假\n2. 李建国 钢筋班').entries, roster);
    expect(matched.map(({ entry: e, match }) => [match, isAbsenceRemark(e.remark)])).toEqual([
      [{ kind: 'exact', userId: 'zhaolei' }, true],
      [{ kind: 'exact', userId: 'lijianguo' }, false],
    ]);
    // On leave, then there after all: the later line is the one that counts, not a repeat.
    const cameAfterAll = matchJielong(parseJielong('1. 赵磊 请假\n2. 赵磊').entries, roster).map(({ match }) => match.kind);
    expect(cameAfterAll).toEqual(['exact', 'exact']);
  });

  it('returns nothing for no entries and unknowns against an empty roster', () => {
    expect(matchJielong([], roster)).toEqual([]);
    expect(matchJielong([entry('李建国')], [])[0]!.match).toEqual({ kind: 'unknown', candidates: [] });
  });
});
