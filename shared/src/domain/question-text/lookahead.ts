/**
 * Looking past a line to decide what it is: a question without a number when its options or answer
 * follow, and a numbered line after an explanation a question only when it reads like one.
 */

import { looksLikeQuestion } from './headings';
import { fold } from './lines';
import type { Piece, QuestionPiece } from './pieces';

/** How far ahead a line looks to see whether it starts a question without a number. */
const LOOKAHEAD = 8;

/**
 * A text line followed by options from A or an answer: a question without a number. Only the line
 * right above them: the lines above it may be a title (`党史知识` over the first stem).
 */
export function unnumberedAt(pieces: Piece[][], i: number): boolean {
  if (pieces[i]!.some((piece) => piece.kind === 'options' && piece.options[0]!.letter === 'A')) return true;
  return nextIsBody(pieces, i, false);
}

/** A numbered line after an explanation is a question only if it reads like one: `1.` lists in explanations are not. */
export function questionAhead(pieces: Piece[][], i: number, piece: QuestionPiece): boolean {
  if (looksLikeQuestion(fold(piece.stem))) return true;
  if (pieces[i]!.some((other) => other.kind === 'options' || other.kind === 'label')) return true;
  return nextIsBody(pieces, i, true);
}

/** Whether options from A or an answer come next, over blank lines and page numbers, and over text too when `wrapped`. */
function nextIsBody(pieces: Piece[][], i: number, wrapped: boolean): boolean {
  for (let j = i + 1; j < Math.min(pieces.length, i + 1 + LOOKAHEAD); j++) {
    const first = pieces[j]![0];
    if (!first) continue;
    if (first.kind === 'text') {
      if (wrapped) continue;
      return false;
    }
    if (first.kind === 'options') return first.options[0]!.letter === 'A';
    return first.kind === 'label' && first.label === 'answer' && first.value !== '';
  }
  return false;
}
