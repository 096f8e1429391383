/**
 * The pieces a line of a paste is read into (a heading, a question's start, options, a label, text),
 * the vocabulary between the classifier (`classify-line`) and the reader.
 */

import type { ImportedType } from '../question-import';
import type { Label } from './labels';

/**
 * How a question is numbered. Sub-items of a question (`(1)`, `1)`) are told from questions by it:
 * under a question numbered `1.`, a `(2)` line is part of its stem.
 */
export type NumberStyle = 'dot' | 'comma' | 'paren' | 'half-paren' | 'di' | 'mark' | 'none';

/** What a line, or a part of it, is. `whole` is the part as written, for when it turns out to be text after all. */
export type Piece =
  | { kind: 'heading'; type: ImportedType | null; unsupported: string | null; resets: boolean; whole: string }
  | {
      kind: 'question';
      number: number | null;
      style: NumberStyle;
      ambiguous: boolean;
      mark: ImportedType | null;
      stem: string;
      whole: string;
    }
  | { kind: 'options'; options: PastedOption[]; whole: string }
  | { kind: 'label'; label: Label; value: string; whole: string }
  | { kind: 'text'; text: string };

export type HeadingPiece = Extract<Piece, { kind: 'heading' }>;
export type QuestionPiece = Extract<Piece, { kind: 'question' }>;
export type OptionsPiece = Extract<Piece, { kind: 'options' }>;
export type LabelPiece = Extract<Piece, { kind: 'label' }>;

export interface PastedOption {
  letter: string;
  text: string;
  /** Marked as a right answer after its text. */
  marked: boolean;
}
