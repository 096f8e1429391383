/**
 * A question's start: its number (`1.`, `1、`, `（1）`, `第1题`, `1)`), type marks (`【单选题】`) and scores
 * (`（2分）`) before or after it, and the marks and scores that may end a stem.
 */

import type { ImportedType } from '../question-import';
import { slice, type Span } from './lines';
import { typeNamed } from './headings';
import type { NumberStyle, QuestionPiece } from './pieces';

/** A type mark before or after a question's number: `[多选题]`, `【单选题】`, `(判断题)`. */
const MARK = /^[[【(]\s*([^[\]【】()]{1,10}?)\s*[\]】)]\s*/;
/** The same mark after the stem (`…（ ）【单选题】`), with the `*` some survey exports add to required questions. */
export const TRAILING_MARK = /\s*[[【(]\s*([^[\]【】()]{1,10}?)\s*[\]】)]\s*\*?\s*$/;
/** A score written with a question: `(2分)`, `（1.5分）`. */
const SCORE = /^\(\s*\d+(?:\.\d+)?\s*分\s*\)\s*/;
export const TRAILING_SCORE = /\s*\(\s*\d+(?:\.\d+)?\s*分\s*\)\s*$/;

/** The ways a question's number is written (`NumberStyle`), tried in this order. */
const NUMBERS: { style: NumberStyle; pattern: RegExp }[] = [
  { style: 'di', pattern: /^第\s*([\d一二三四五六七八九十百零〇两]{1,6})\s*题\s*[.、:,]?\s*/ },
  { style: 'paren', pattern: /^\(\s*(\d{1,4})\s*\)\s*[.、]?\s*/ },
  { style: 'dot', pattern: /^(\d{1,4})\s*\.\s*/ },
  { style: 'comma', pattern: /^(\d{1,4})\s*[、,]\s*/ },
  { style: 'half-paren', pattern: /^(\d{1,4})\s*\)\s*/ },
];
export const SUB_ITEM_STYLES: NumberStyle[] = ['paren', 'half-paren'];

/** 一 to 九十九 (`第十二题`); larger or odd numerals are no number, which only costs the sequence check. */
function numberOf(written: string): number | null {
  if (/^\d+$/.test(written)) return Number(written);
  const digit = (c: string | undefined) =>
    c === undefined ? 0 : '零一二三四五六七八九'.indexOf(c === '〇' ? '零' : c === '两' ? '二' : c);
  const ten = written.indexOf('十');
  if (ten < 0) return written.length === 1 && digit(written) >= 0 ? digit(written) : null;
  const tens = ten === 0 ? 1 : digit(written[0]);
  const units = digit(written[ten + 1]);
  return ten <= 1 && written.length <= ten + 2 && tens > 0 && units >= 0 ? tens * 10 + units : null;
}

function markType(folded: string): { type: ImportedType; length: number } | null {
  const match = MARK.exec(folded);
  const type = match ? typeNamed(match[1]!) : null;
  return match && type ? { type, length: match[0].length } : null;
}

/** Type marks and scores from `at` on (`【单选题】（2分）`): where they end, and the type the first mark names. */
function skipMarks(folded: string, at: number): { end: number; mark: ImportedType | null } {
  let end = at;
  let mark: ImportedType | null = null;
  for (;;) {
    const found = markType(folded.slice(end));
    const score = found ? null : SCORE.exec(folded.slice(end));
    if (found) {
      mark ??= found.type;
      end += found.length;
    } else if (score) end += score[0].length;
    else return { end, mark };
  }
}

function readNumber(folded: string, at: number): { number: number | null; style: NumberStyle; ambiguous: boolean; end: number } | null {
  for (const { style, pattern } of NUMBERS) {
    const match = pattern.exec(folded.slice(at));
    if (!match) continue;
    const end = at + match[0].length;
    // `1.2024年…` is question 1; `1.5米…` in a wrapped stem is not. The reader decides by the sequence.
    return { number: numberOf(match[1]!), style, ambiguous: style === 'dot' && /^\d/.test(folded.slice(end)), end };
  }
  return null;
}

/** A question's start: its number with marks and a score before or after it; or a mark alone before a stem. */
export function readQuestion(span: Span): QuestionPiece | null {
  const before = skipMarks(span.folded, 0);
  const numbered = readNumber(span.folded, before.end);
  if (!numbered && !before.mark) return null;
  const after = skipMarks(span.folded, numbered?.end ?? before.end);
  const stem = slice(span, after.end).text;
  if (!numbered && !stem) return null; // a mark alone on its line is a heading
  const { number = null, style = 'mark', ambiguous = false } = numbered ?? {};
  return { kind: 'question', number, style, ambiguous, mark: before.mark ?? after.mark, stem, whole: span.text };
}
