/**
 * Reading a pasted 接龙 into its title and numbered entries: the header (`#接龙`), the title and
 * description, the example line, and which lines are entries by their number.
 */

import { splitNameRemark } from './name-and-remark';

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
