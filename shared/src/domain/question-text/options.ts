/**
 * Options as pasted: one to a line or several to a line (`A．1921年  B．1927年`), glued together
 * (`A.上海B.北京`), after a stem on its line, and the mark of a right one after its text (`（正确答案）`, `√`).
 */

import { optionText } from '../question-import';
import { fold, slice, type Span, spanOf, tidy } from './lines';
import type { PastedOption, Piece } from './pieces';

/**
 * An option's letter as the spreadsheet importer's `optionText` strips it: `A.`, `A、`, `A:`, `A)`,
 * `(A)`, `(A).`; lower case too. Full-width forms are folded before.
 */
const OPTION_MARKER = /\(?([A-Za-z])\)?\s*([.、:)])/y;
/** A to Z: options past F are read, to be reported as too many. */
export const OPTION_LETTERS_ALL = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
/** After an option's text: the right one (`（正确答案）`, `【答案】`, `√`). */
const CORRECT_MARK = /\s*(?:[(（[【]\s*(?:正确答案|正确选项|答案|正确|√|✓|✔)\s*[)）\]】]|[√✓✔])\s*$/;

export function markerAt(folded: string, at: number): { letter: string; delimiter: string; end: number } | null {
  OPTION_MARKER.lastIndex = at;
  const match = OPTION_MARKER.exec(folded);
  if (!match) return null;
  const delimiter = match[0].startsWith('(') ? '()' : match[2]!;
  return { letter: match[1]!.toUpperCase(), delimiter, end: match.index + match[0].length };
}

const NEXT_MARKERS = new Map<string, RegExp>();
/** Where option `letter` begins after `from`: after a space, or right after the text when written like the first option (`A.上海B.北京`). */
function nextMarker(folded: string, letter: string, from: number, firstDelimiter: string): number | null {
  let pattern = NEXT_MARKERS.get(letter);
  if (!pattern) {
    pattern = new RegExp(`\\(?[${letter}${letter.toLowerCase()}]\\)?\\s*[.、:)]`, 'g');
    NEXT_MARKERS.set(letter, pattern);
  }
  pattern.lastIndex = from;
  for (let match = pattern.exec(folded); match; match = pattern.exec(folded)) {
    const before = folded[match.index - 1] ?? ' ';
    const marker = markerAt(folded, match.index);
    const spaced = /\s/.test(before);
    const glued = !/[A-Za-z0-9]/.test(before) && marker !== null && (marker.delimiter === firstDelimiter || marker.delimiter === '()');
    if (marker && (spaced || glued)) return match.index;
  }
  return null;
}

function letterAfter(letter: string): string | null {
  return letter < 'Z' ? String.fromCharCode(letter.charCodeAt(0) + 1) : null;
}

function pastedOption(part: Span, letter: string): PastedOption {
  const text = tidy(optionText(part.text, letter));
  const mark = CORRECT_MARK.exec(fold(text));
  return { letter, text: mark ? text.slice(0, mark.index) : text, marked: mark !== null };
}

/** The options from `at` on: `A．1921年  B．1927年\tC．1949年`, each letter the one after the last. */
export function readOptions(span: Span, at: number): PastedOption[] {
  const first = markerAt(span.folded, at);
  if (!first) return [];
  const options: PastedOption[] = [];
  let letter = first.letter;
  let start = at;
  let markerEnd = first.end;
  for (;;) {
    const following = letterAfter(letter);
    const next = following ? nextMarker(span.folded, following, markerEnd, first.delimiter) : null;
    options.push(pastedOption(slice(span, start, next ?? span.text.length), letter));
    if (next === null || !following) return options;
    letter = following;
    start = next;
    markerEnd = markerAt(span.folded, next)?.end ?? next + 1;
  }
}

/** Options after a stem on the same line (`…召开。A.上海 B.北京`): an `A` after a space or a sentence's end, with a `B` after it. */
function inlineOptionsAt(folded: string): number | null {
  const candidates = /(^|[\s)。?:])\(?A\)?\s*[.、:)]/g;
  for (let match = candidates.exec(folded); match; match = candidates.exec(folded)) {
    const at = match.index + match[1]!.length;
    const first = markerAt(folded, at);
    if (first && nextMarker(folded, 'B', first.end, first.delimiter) !== null) return at;
  }
  return null;
}

/** A stem or text, and the options that follow it on the same line. */
export function withInlineOptions(span: Span, piece: Piece & { kind: 'question' | 'text' }): Piece[] {
  const own = piece.kind === 'question' ? spanOf(piece.stem) : span;
  const at = inlineOptionsAt(own.folded);
  if (at === null) return [piece];
  const before = slice(own, 0, at).text;
  const options: Piece = { kind: 'options', options: readOptions(own, at), whole: slice(own, at).text };
  if (piece.kind === 'question') return [{ ...piece, stem: before }, options];
  return before ? [{ kind: 'text', text: before }, options] : [options];
}
