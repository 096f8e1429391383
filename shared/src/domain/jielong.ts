/**
 * 接龙: the check-in list a branch's organizer collects in the site's WeChat group (`#接龙`, a title,
 * `例 张三 钢筋班`, then `1. 李建国 钢筋班` …) and pastes in to check those people in. Reading the paste
 * into entries, and matching each entry's name to a person of the roster (花名册). People type
 * whatever they like after their number, so the reader is forgiving and the matcher is careful:
 * anything it cannot decide goes back to the organizer rather than checking in the wrong 张伟.
 */

import { isEmojiPart, isLatinLetter, isLetter, isLetterOrDigit, isMark } from './characters';

/** One numbered line of the list. `number` is what WeChat printed: it renumbers after edits, so it may repeat or skip. */
export interface JielongEntry {
  /** 1-based line of the paste. */
  line: number;
  number: number;
  name: string;
  /** What followed the name (work team, 请假, …) without brackets, emoji or edge punctuation; '' when nothing. */
  remark: string;
}

export interface JielongIssue {
  line: number;
  message: string;
}

export interface JielongList {
  /** The text after `#接龙` on its line, or the first line before the entries that is not the header or the example; '' when none. */
  title: string;
  entries: JielongEntry[];
  issues: JielongIssue[];
}

/** A paste: at most this many entries (a site's largest meetings are a few hundred people). */
export const JIELONG_MAX_ENTRIES = 500;

/** Characters keyboards and WeChat leave in pasted text that nobody sees. */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff]/g;

/** `#接龙`, `＃接龙 12月2日签到`, `【接龙】`; a bare `接龙` line too. */
const HEADER = /^(?:[#＃]\s*接龙|【\s*接龙\s*】|接龙$)/;

/**
 * The example WeChat puts above the entries (`例 张三 钢筋班`) and the ones organizers write
 * (`例：`, `格式：姓名+班组`). A lone 例 needs a separator after it: 例会签到 is a title.
 */
const EXAMPLE = /^(?:例(?:\s|[:：]|$)|[【(（[]\s*例\s*[】)）\]]|例如|例子|示例|举例|样例|范例|(?:填写|接龙|签到)?格式)/;

/**
 * An entry's number: `1. `, `1、`, `1 `, `1．`, `01.`, `1)` (full-width forms are already folded by NFKC).
 * Three things that look alike are not entries: `1.5米` and `12:30` in a description, `12 月2日` in a title.
 */
const NUMBER = /^(\d{1,4})(?:\s*[.、,:)]|\s)\s*/;
const NOT_A_NUMBER = /^\d{1,4}(?:\s*[.,:]\d|\s+[年月日号点时分])/;

/** WeChat's own emoticons paste as text in half-width brackets: `刘洋[抱拳]`. Only these: `[木工班]` is a remark. */
const WECHAT_EMOTICONS = new Set(
  (
    '微笑 撇嘴 色 发呆 得意 流泪 害羞 闭嘴 睡 大哭 尴尬 发怒 调皮 呲牙 惊讶 难过 囧 抓狂 吐 偷笑 愉快 白眼 傲慢 困 惊恐 憨笑 悠闲 ' +
    '咒骂 疑问 嘘 晕 衰 骷髅 敲打 再见 擦汗 抠鼻 鼓掌 坏笑 右哼哼 左哼哼 鄙视 委屈 快哭了 阴险 亲亲 可怜 笑脸 生病 脸红 破涕为笑 ' +
    '恐惧 失望 无语 嘿哈 捂脸 奸笑 机智 皱眉 耶 吃瓜 加油 汗 天啊 Emm 社会社会 旺柴 好的 打脸 哇 翻白眼 666 让我看看 叹气 苦涩 ' +
    '裂开 嘴唇 爱心 心碎 拥抱 强 弱 握手 胜利 抱拳 勾引 拳头 OK 合十 啤酒 咖啡 蛋糕 玫瑰 凋谢 菜刀 炸弹 便便 月亮 太阳 庆祝 礼物 ' +
    '红包 發 福 烟花 爆竹 猪头 跳跳 发抖 转圈'
  ).split(' '),
);
const BRACKETED = /\[([^[\]\s]{1,5})\]/g;

const SPACE = /\s/;
const NAME_DOTS = new Set(['·', '•', '・', '‧', '.']);
const LATIN_WORD_MARKS = new Set(["'", '’', '.', '-']);

function isLatinWordPart(char: string): boolean {
  return isLatinLetter(char) || isMark(char) || LATIN_WORD_MARKS.has(char);
}

function isOtherNamePart(char: string): boolean {
  return (isLetter(char) || isMark(char)) && !isLatinLetter(char);
}

/** Where a run of characters passing `test` that starts at `from` ends. */
function runEnd(chars: string[], from: number, test: (char: string) => boolean): number {
  let end = from;
  while (end < chars.length && test(chars[end]!)) end++;
  return end;
}

function spacesEnd(chars: string[], from: number): number {
  return runEnd(chars, from, (char) => SPACE.test(char));
}

/**
 * How many characters of a Latin name start `chars`: one to four words (`John`, `Mary Ann Lee`);
 * a later word glued to Chinese (`Lee班`) is not part of it. 0 when `chars` does not start with one.
 */
function latinNameLength(chars: string[]): number {
  if (!chars[0] || !isLatinLetter(chars[0])) return 0;
  let end = runEnd(chars, 1, isLatinWordPart);
  for (let words = 1; words < 4; words++) {
    const start = spacesEnd(chars, end);
    if (start === end || !chars[start] || !isLatinLetter(chars[start]!)) break;
    let wordEnd = runEnd(chars, start + 1, isLatinWordPart);
    // A word's trailing `.` or `-` may be given back so that what follows it is not a letter.
    while (wordEnd > start + 1 && chars[wordEnd] && isLetterOrDigit(chars[wordEnd]!)) wordEnd--;
    if (chars[wordEnd] && isLetterOrDigit(chars[wordEnd]!)) break;
    end = wordEnd;
  }
  return end;
}

/** How many characters of any other name start `chars`: non-Latin letters, with `·` between parts (`买买提·艾力`). */
function otherNameLength(chars: string[]): number {
  let end = runEnd(chars, 0, isOtherNamePart);
  if (end === 0) return 0;
  for (;;) {
    const dot = spacesEnd(chars, end);
    if (!chars[dot] || !NAME_DOTS.has(chars[dot]!)) return end;
    const part = spacesEnd(chars, dot + 1);
    const partEnd = runEnd(chars, part, isOtherNamePart);
    if (partEnd === part) return end;
    end = partEnd;
  }
}

/** One or two more non-Latin letters after spaces, standing alone (`王 芳` → 芳), or null. */
function spacedRestOfName(after: string): { rest: string; length: number } | null {
  const chars = Array.from(after);
  const start = spacesEnd(chars, 0);
  const end = runEnd(chars, start, isOtherNamePart);
  if (start === 0 || end === start || end - start > 2) return null;
  return { rest: chars.slice(start, end).join(''), length: chars.slice(0, end).join('').length };
}

/** The text with every character that is not a letter or digit taken out. */
function lettersAndDigits(text: string): string {
  return Array.from(text).filter(isLetterOrDigit).join('');
}

/** Brackets only mark the remark off (`张伟（木工班）`); punctuation at its ends is a separator from the name. */
const BRACKETS = /[()（）【】[\]「」『』《》<>〈〉{}]/g;
const REMARK_EDGES = /^[\s\-—–_~～/\\,，、;；:：|+.。!！?？"'“”‘’*#=]+|[\s\-—–_~～/\\,，、;；:：|+.。!！?？"'“”‘’*#=]+$/g;

/** Words that say someone will not be there. Kept out of `isAbsenceRemark`'s negations below. */
const ABSENCE_WORDS = [
  '请假',
  '请事假',
  '请病假',
  '病假',
  '事假',
  '婚假',
  '丧假',
  '产假',
  '休假',
  '休息',
  '调休',
  '轮休',
  '缺席',
  '缺勤',
  '不来',
  '来不了',
  '不能来',
  '不能到',
  '到不了',
  '不到场',
  '没来',
  '未到',
  '不参加',
  '不能参加',
  '参加不了',
  '无法参加',
  '无法到场',
  '未参加',
  '出差',
];
/** `不请假` and `没请假` contain 请假 but say the opposite. */
const ABSENCE_NEGATIONS = /(?:不|没|未|无|无需|不用)(?:请假|休息|缺席)/g;
const LATIN_ABSENCE = /\b(?:absent|on leave|leave|day off)\b/i;

/** Whether a remark says the person is absent/on leave (请假, 缺席, 不来, 病假, 休息…): such entries must not be checked in. */
export function isAbsenceRemark(remark: string): boolean {
  const clean = remark.normalize('NFKC').replace(/\s+/g, '').replace(ABSENCE_NEGATIONS, '');
  if (clean === '假') return true;
  return ABSENCE_WORDS.some((word) => clean.includes(word)) || LATIN_ABSENCE.test(remark.normalize('NFKC'));
}

/** A pasted line as the reader sees it: no invisible characters, full-width forms folded, trimmed. */
function cleanLine(raw: string): { original: string; folded: string } {
  const original = raw.replace(INVISIBLE, '').trim();
  return { original, folded: original.normalize('NFKC').trim() };
}

function numbered(folded: string): { number: number; rest: string } | null {
  if (NOT_A_NUMBER.test(folded)) return null;
  const match = NUMBER.exec(folded);
  if (!match) return null;
  return { number: Number(match[1]), rest: folded.slice(match[0].length) };
}

function withoutDecoration(text: string): string {
  const emoticonsOut = text.replace(BRACKETED, (whole, inner: string) => (WECHAT_EMOTICONS.has(inner) ? ' ' : whole));
  return Array.from(emoticonsOut, (char) => (isEmojiPart(char) ? ' ' : char)).join('');
}

function cleanRemark(text: string): string {
  return text.replace(BRACKETS, ' ').replace(/\s+/g, ' ').replace(REMARK_EDGES, '');
}

/**
 * The name and remark after an entry's number: the name is the first token, the rest is the remark.
 * Two habits are undone: `赵磊请假` glued together (or 请假 would be lost and 赵磊 checked in), and
 * `王 芳` spaced out to line up with three-character names (no one is called 王).
 */
function splitNameRemark(rest: string): { name: string; remark: string } {
  const decorated = Array.from(withoutDecoration(rest));
  const chars = decorated.slice(runEnd(decorated, 0, (char) => !isLetter(char)));
  const text = chars.join('');
  const latinLength = latinNameLength(chars);
  if (latinLength > 0) {
    const name = chars
      .slice(0, latinLength)
      .join('')
      .replace(/[.'’-]+$/, '');
    return { name: name.replace(/\s+/g, ' '), remark: cleanRemark(text.slice(name.length)) };
  }
  const otherLength = otherNameLength(chars);
  if (otherLength === 0) return { name: '', remark: cleanRemark(text) };
  const other = chars.slice(0, otherLength).join('');
  let name = other.replace(/\s+/g, '');
  let after = text.slice(other.length);
  const glued = ABSENCE_WORDS.filter((word) => name.endsWith(word) && Array.from(name).length - word.length >= 2).sort(
    (a, b) => b.length - a.length,
  )[0];
  if (glued) {
    after = `${glued} ${after}`;
    name = name.slice(0, -glued.length);
  } else if (Array.from(name).length === 1) {
    const more = spacedRestOfName(after);
    if (more && !/[班组队]$/.test(more.rest) && !isAbsenceRemark(more.rest)) {
      name += more.rest;
      after = after.slice(more.length);
    }
  }
  return { name, remark: cleanRemark(after) };
}

/**
 * Read a 接龙 as pasted from WeChat. Only numbered lines are entries; lines above them are the header,
 * title, description and example; other lines among them (chat pasted along) are ignored. When an
 * example line stands above numbered lines, numbered lines above the example are the description's
 * rules (`1、佩戴安全帽`), not people.
 */
export function parseJielong(text: string): JielongList {
  const lines = text.split(/\r\n|\r|\n/).map(cleanLine);
  const exampleAt = lines.findIndex(({ folded }) => EXAMPLE.test(folded));
  const entriesFrom = exampleAt >= 0 && lines.slice(exampleAt + 1).some(({ folded }) => numbered(folded)) ? exampleAt + 1 : 0;

  let title = '';
  const entries: JielongEntry[] = [];
  const issues: JielongIssue[] = [];
  for (const [i, { original, folded }] of lines.entries()) {
    if (!folded) continue;
    const header = HEADER.exec(original);
    if (header) {
      if (!title && entries.length === 0)
        title = original
          .slice(header[0].length)
          .replace(/^[\s:：,，、\-—]+/, '')
          .trim();
      continue;
    }
    if (EXAMPLE.test(folded)) continue;
    const entry = i >= entriesFrom ? numbered(folded) : null;
    if (!entry) {
      if (!title && entries.length === 0) title = original;
      continue;
    }
    if (entries.length === JIELONG_MAX_ENTRIES) {
      issues.push({ line: i + 1, message: `一次最多读取 ${JIELONG_MAX_ENTRIES} 人，从这一行起没有读取，请分几次粘贴` });
      break;
    }
    const { name, remark } = splitNameRemark(entry.rest);
    if (!name) issues.push({ line: i + 1, message: `第 ${entry.number} 号没有写名字` });
    else entries.push({ line: i + 1, number: entry.number, name, remark });
  }
  if (entries.length === 0) issues.unshift({ line: 1, message: '没有找到接龙名单，请把微信群里的接龙整段复制过来' });
  return { title, entries, issues };
}

export interface RosterPerson {
  userId: string;
  name: string;
  workTeam: string | null;
}

export type JielongMatch =
  /** The only roster person with that name. */
  | { kind: 'exact'; userId: string }
  /** Several with that name; the remark names one's work team. */
  | { kind: 'team'; userId: string }
  /** Several with that name and the remark does not decide: the organizer chooses. */
  | { kind: 'ambiguous'; candidates: string[] }
  /** Nobody with that name; candidates are roster people whose name is close (may be empty). */
  | { kind: 'unknown'; candidates: string[] }
  /** The same person already matched on an earlier line. */
  | { kind: 'repeat'; firstLine: number; userId: string };

/** Names are compared without spaces, `·` or case, full-width forms folded: 买买提 · 艾力 is 买买提·艾力. */
function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s·•・‧.]/g, '')
    .toLowerCase();
}

/** Work teams and remarks are compared on their letters and digits only. */
function teamKey(text: string): string {
  return lettersAndDigits(text.normalize('NFKC')).toLowerCase();
}

/** The remark whole and each part of it (`木工班 已到`, `木工班`, `已到`): any of them may name the team. */
function remarkParts(remark: string): string[] {
  const words = Array.from(remark.normalize('NFKC'), (char) => (isLetterOrDigit(char) ? char : ' '))
    .join('')
    .split(' ');
  const parts = [remark, ...words].map(teamKey).filter(Boolean);
  return [...new Set(parts)];
}

/**
 * Which of several same-named people the remark points to: one whose work team contains a part of
 * the remark (木工 → 木工班) or is contained in it (木工班已到). A one-character part (`班`) says
 * nothing. When several fit, the one whose team is exactly a part wins (木工 vs 木工班).
 */
function byWorkTeam(remark: string, people: RosterPerson[]): RosterPerson | null {
  const parts = remarkParts(remark);
  const fits = (team: string) => parts.some((part) => part.includes(team) || (Array.from(part).length >= 2 && team.includes(part)));
  const fitting = people.filter((person) => {
    const team = teamKey(person.workTeam ?? '');
    return team !== '' && fits(team);
  });
  if (fitting.length === 1) return fitting[0]!;
  const exact = fitting.filter((person) => parts.includes(teamKey(person.workTeam ?? '')));
  return exact.length === 1 ? exact[0]! : null;
}

/** A roster person with their name's key, worked out once for all the entries. */
interface KeyedPerson {
  person: RosterPerson;
  key: string;
  chars: string[];
}

/** Beyond this many, close names are noise: a two-character name is one character off dozens of others. */
const MAX_CANDIDATES = 8;

/**
 * Roster people a name the roster does not have may have meant: one name begins with the other
 * (`李建国钢筋班` typed without a space, `买买提` for 买买提·艾力), or the same length with one
 * character different (张卫 for 张伟). Prefixes first: they are the likelier.
 */
function closeNames(key: string, roster: KeyedPerson[]): string[] {
  const chars = Array.from(key);
  const ranked: { userId: string; rank: number }[] = [];
  for (const { person, key: other, chars: otherChars } of roster) {
    const shorter = Math.min(chars.length, otherChars.length);
    if (shorter >= 2 && other !== key && (key.startsWith(other) || other.startsWith(key))) ranked.push({ userId: person.userId, rank: 0 });
    else if (chars.length >= 2 && otherChars.length === chars.length && otherChars.filter((c, i) => c !== chars[i]).length === 1) {
      ranked.push({ userId: person.userId, rank: 1 });
    }
  }
  const ids = ranked.sort((a, b) => a.rank - b.rank).map(({ userId }) => userId);
  return [...new Set(ids)].slice(0, MAX_CANDIDATES);
}

function matchOne(
  entry: JielongEntry,
  byName: Map<string, RosterPerson[]>,
  roster: KeyedPerson[],
): Exclude<JielongMatch, { kind: 'repeat' }> {
  const key = nameKey(entry.name);
  const people = byName.get(key) ?? [];
  if (people.length === 1) return { kind: 'exact', userId: people[0]!.userId };
  if (people.length === 0) return { kind: 'unknown', candidates: key ? closeNames(key, roster) : [] };
  const chosen = byWorkTeam(entry.remark, people);
  return chosen ? { kind: 'team', userId: chosen.userId } : { kind: 'ambiguous', candidates: people.map((person) => person.userId) };
}

/**
 * Each entry's person on the roster, in the entries' order. An entry resolved to someone an earlier
 * entry already resolved to is a `repeat` (people 接龙 twice, or edit and re-send). Entries whose
 * remark is an absence are matched like the others and the caller leaves them out (`isAbsenceRemark`);
 * they are never the first of a repeat, so `老马 请假` and later `老马` (he came after all) checks him in.
 */
export function matchJielong(entries: JielongEntry[], roster: RosterPerson[]): { entry: JielongEntry; match: JielongMatch }[] {
  const byName = new Map<string, RosterPerson[]>();
  const keyed: KeyedPerson[] = [];
  const seenIds = new Set<string>();
  for (const person of roster) {
    if (seenIds.has(person.userId)) continue;
    seenIds.add(person.userId);
    const key = nameKey(person.name);
    keyed.push({ person, key, chars: Array.from(key) });
    const named = byName.get(key);
    if (named) named.push(person);
    else byName.set(key, [person]);
  }
  const firstLine = new Map<string, number>();
  return entries.map((entry) => {
    const match = matchOne(entry, byName, keyed);
    if (match.kind !== 'exact' && match.kind !== 'team') return { entry, match };
    const earlier = firstLine.get(match.userId);
    if (earlier !== undefined) return { entry, match: { kind: 'repeat', firstLine: earlier, userId: match.userId } };
    if (!isAbsenceRemark(entry.remark)) firstLine.set(match.userId, entry.line);
    return { entry, match };
  });
}
