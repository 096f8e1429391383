// Lines and folding

/** Characters Word, PDF readers and keyboards leave in text that nobody sees. */
export const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

/** A line (or a part of one) as written, and folded: the same length, so positions carry over. */
export interface Span {
  text: string;
  folded: string;
}

/** Full-width ASCII (`Ａ．（１）：`) as ASCII, and full-width and no-break spaces as spaces, one character for one. */
export function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000\u00a0]/g, (c) =>
    c === '\u3000' || c === '\u00a0' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

export function spanOf(text: string): Span {
  return { text, folded: fold(text) };
}

export function slice(span: Span, start: number, end = span.text.length): Span {
  const text = span.text.slice(start, end);
  const lead = text.length - text.trimStart().length;
  const kept = text.trim();
  return { text: kept, folded: span.folded.slice(start + lead, start + lead + kept.length) };
}

/** Runs of spaces (tabs, full-width spaces, the spaces Word lines blanks up with) as one. */
export function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The statements of a 组合题 on their own lines: `(1) …`, `1) …`, `① …`. */
const SUB_ITEM = /^(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*\)|[\u2460-\u2473])/;

const PRINTABLE_ASCII = /^[\x21-\x7e]$/;

/**
 * Lines wrapped by the page joined again: Chinese runs on without a space, Latin words and numbers
 * keep one between them, and so do a 组合题's statements. Only the characters at each join are
 * looked at, so a stem of thousands of lines costs no more than one.
 */
export function joinWrapped(parts: string[]): string {
  const joined: string[] = [];
  let last = '';
  for (const part of parts) {
    if (!part) continue;
    const latin = PRINTABLE_ASCII.test(last) && PRINTABLE_ASCII.test(part[0]!);
    if (joined.length && (latin || SUB_ITEM.test(fold(part.slice(0, 4))))) joined.push(' ');
    joined.push(part);
    last = part[part.length - 1]!;
  }
  return joined.join('');
}
