import { answerLettersOf, judgeAnswerOf, normalizeCell } from '../question-import';

// Answers written in the stem

/** An answer in the stem: the last `（ A ）`, `(AC)`, `（√）`, `（错）`, or a `√`/`×` ending it. `start`/`end` are where it is. */
export interface StemAnswer {
  kind: 'letters' | 'judge';
  value: string;
  start: number;
  end: number;
  bracketed: boolean;
}

/** Letters A–F only, capitals: `(WTO)` or `(a)` in a stem is not an answer. */
const BRACKET_LETTERS = /^[A-F](?:[\s、,;/]*[A-F]){0,5}$/;

export function stemAnswerIn(folded: string): StemAnswer | null {
  let found: StemAnswer | null = null;
  const brackets = /\(([^()]{1,16})\)/g;
  for (let match = brackets.exec(folded); match; match = brackets.exec(folded)) {
    const inner = match[1]!.trim();
    const letters = BRACKET_LETTERS.test(inner) ? answerLettersOf(inner) : null;
    const judge = judgeAnswerOf(inner);
    // T, F, Y, N are words, not marks, when they stand in a stem's brackets; X is the × people type.
    const judgeMark = judge && !(/^[A-Za-z]+$/.test(normalizeCell(inner)) && normalizeCell(inner).toUpperCase() !== 'X') ? judge : null;
    const bounds = { start: match.index, end: match.index + match[0].length, bracketed: true };
    if (letters) found = { kind: 'letters', value: letters, ...bounds };
    else if (judgeMark) found = { kind: 'judge', value: judgeMark, ...bounds };
  }
  if (found) return found;
  const trailing = /(^|[\s。.!?;)])([√×✓✗✔✘])\s*$/.exec(folded);
  const value = trailing ? judgeAnswerOf(trailing[2]!) : null;
  if (!trailing || !value) return null;
  return { kind: 'judge', value, start: trailing.index + trailing[1]!.length, end: folded.length, bracketed: false };
}
