/** What each line of a paste is: the part before its first label read as a question, options, a heading or text, then each label. */

import { INVISIBLE, slice, type Span, spanOf } from './lines';
import { BARE_ANSWER, type Label, LABEL_AT, LABEL_OF } from './labels';
import { markerAt, readOptions, withInlineOptions } from './options';
import { isPageNumber } from './page-numbers';
import { readHeading } from './headings';
import type { Piece } from './pieces';
import { readQuestion } from './question-start';

function classifyHead(span: Span): Piece[] {
  const question = readQuestion(span);
  if (question) return withInlineOptions(span, question);
  if (markerAt(span.folded, 0)) return [{ kind: 'options', options: readOptions(span, 0), whole: span.text }];
  const heading = readHeading(span);
  if (heading) return [heading];
  const bare = BARE_ANSWER.exec(span.folded);
  if (bare) return [{ kind: 'label', label: 'answer', value: slice(span, bare[0].length).text, whole: span.text }];
  return withInlineOptions(span, { kind: 'text', text: span.text });
}

/** `【正确答案】` ending a line, or glued to an option's text in a line of options (`A.上海B.北京【正确答案】C.广州`): a mark, not a label. */
function isOptionMark(folded: string, at: number, end: number): boolean {
  if (!folded.slice(end).trim()) return true;
  return markerAt(folded, 0) !== null && !/\s/.test(folded[at - 1] ?? ' ');
}

/**
 * A line's parts: what comes before the first label, and each label with its value
 * (`D．1935年  答案：B  解析：…`).
 */
export function classifyLine(raw: string): Piece[] {
  const line = spanOf(raw.replace(INVISIBLE, '').trim());
  if (!line.text || isPageNumber(line.folded)) return [];
  const starts: { at: number; end: number; label: Label }[] = [];
  LABEL_AT.lastIndex = 0;
  for (let match = LABEL_AT.exec(line.folded); match; match = LABEL_AT.exec(line.folded)) {
    const word = match[1] ?? match[2] ?? match[4]!;
    const at = match.index + (match[3]?.length ?? 0);
    const end = match.index + match[0].length;
    if (match[4] === undefined && at > 0 && isOptionMark(line.folded, at, end)) continue;
    starts.push({ at, end, label: LABEL_OF.get(word)! });
  }
  const head = slice(line, 0, starts[0]?.at ?? line.text.length);
  const pieces = head.text ? classifyHead(head) : [];
  starts.forEach(({ at, end, label }, i) => {
    const value = slice(line, end, starts[i + 1]?.at ?? line.text.length).text;
    pieces.push({ kind: 'label', label, value, whole: slice(line, at, starts[i + 1]?.at ?? line.text.length).text });
  });
  return pieces;
}
