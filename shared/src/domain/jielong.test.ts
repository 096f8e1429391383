import { describe, expect, it } from 'vitest';
import { isAbsenceRemark, JIELONG_MAX_ENTRIES, matchJielong, parseJielong, type JielongEntry, type RosterPerson } from './jielong';

/** Entries without their line and number, to read the tests by what people wrote. */
const people = (text: string) => parseJielong(text).entries.map(({ name, remark }) => [name, remark]);
const entry = (name: string, remark = '', line = 1): JielongEntry => ({ line, number: line, name, remark });

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

  it('never throws on garbage and always returns well-formed entries', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = [
      '1.',
      '2、',
      ' ',
      '\n',
      '\r\n',
      '\u3000',
      '#接龙',
      '例',
      '·',
      '(',
      '）',
      '🙏',
      '\u200d',
      '\ud800',
      '请假',
      '张伟',
      'A',
      '[抱拳]',
      '[',
      '0',
      '9999.',
      '\u0000',
      '．',
      '-',
      '/',
    ];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = Math.floor(random() * 60);
      for (let i = 0; i < length; i++) {
        text += random() < 0.7 ? pieces[Math.floor(random() * pieces.length)]! : String.fromCodePoint(Math.floor(random() * 0x2ffff));
      }
      const list = parseJielong(text);
      for (const parsed of list.entries) {
        expect(parsed.name).not.toBe('');
        expect(parsed.line).toBeGreaterThanOrEqual(1);
      }
      expect(() => matchJielong(list.entries, [{ userId: 'u', name: '张伟', workTeam: null }])).not.toThrow();
      expect(() => isAbsenceRemark(text)).not.toThrow();
    }
    expect(() => parseJielong('1. '.repeat(100_000))).not.toThrow();
    expect(() => parseJielong('张'.repeat(200_000))).not.toThrow();
  });
});

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

describe('isAbsenceRemark', () => {
  it('recognises leave and absence however it is said', () => {
    for (const remark of [
      '请假',
      '（请假）',
      '病假',
      '事假',
      '缺席',
      '明天不来',
      '来不了',
      '休息',
      '今天调休',
      '出差',
      '假',
      '家里有事 不能参加',
      '请 假',
      'on leave',
      'Absent',
    ])
      expect(isAbsenceRemark(remark)).toBe(true);
  });

  it('does not take teams, presence or negated leave for absence', () => {
    for (const remark of ['', '钢筋班', '已到', '已学习', '木工班 已签到', '不请假', '没请假', '假如', '请大家准时'])
      expect(isAbsenceRemark(remark)).toBe(false);
  });
});
