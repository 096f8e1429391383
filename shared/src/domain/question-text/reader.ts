/**
 * The reader: the pieces of a paste, line by line, into drafts of questions. It keeps the place
 * (current draft, section and its type, numbering) and hands the answer key at the end to `answer-key`.
 */

import { answerLettersOf, type ImportedType, judgeAnswerOf } from '../question-import';
import { IMPORT_MAX_ROWS } from '../questions';
import { answerKeyStartsAt, readAnswerKey } from './answer-key';
import { addLabel, addOptions, type Draft, endsInJudgeMark, newDraft } from './draft';
import { LABEL_NAMES } from './labels';
import { fold, joinWrapped, tidy } from './lines';
import { questionAhead, unnumberedAt } from './lookahead';
import type { HeadingPiece, LabelPiece, NumberStyle, OptionsPiece, Piece, QuestionPiece } from './pieces';
import { SUB_ITEM_STYLES } from './question-start';
import { stemAnswerIn } from './stem-answer';
import type { TextIssue } from './types';

/** A line that is nothing but an answer: `A`, `ACD`, `A、C`, `对`, `√`. */
function readsAsAnswer(text: string): boolean {
  return text.length <= 12 && (answerLettersOf(text) !== null || judgeAnswerOf(text) !== null);
}

export const EMPTY_MESSAGE = '没有粘贴任何内容，请把 Word 或 PDF 里的题目整段复制过来';
export const NOTHING_FOUND = '没有找到题目：每道题请以题号开头（如“1.”“1、”“（1）”），选项以“A.”“B.”开头，再加一行“答案：A”';
const UNREAD_LINE =
  '这一行没有读取：看不出是题目、选项、答案还是解析。题目请以“1.”这样的题号开头，选项以“A.”开头，答案写成“答案：A”，解析写成“解析：…”';
const NO_NUMBER = '这一行像是一道题，但没有题号，也没有找到它的选项或答案，没有读取；请在前面加上题号，如“1.”';

/**
 * Reads the pieces line by line into drafts. A numbered line starts a question; text continues the
 * stem, the last option or the explanation, whichever came last; headings set the type of the
 * questions below them. Lines before the first question (the title, instructions) are skipped.
 */
export class Reader {
  readonly drafts: Draft[] = [];
  readonly issues: TextIssue[] = [];
  private current: Draft | null = null;
  private section = 0;
  private sectionType: ImportedType | null = null;
  /** The kind of question of a section that cannot be imported: its lines are skipped. */
  private skipping: string | null = null;
  private lastNumber: number | null = null;
  private stopped = false;

  constructor(
    private readonly rawLines: string[],
    private readonly pieces: Piece[][],
  ) {}

  read(): void {
    for (let i = 0; i < this.pieces.length && !this.stopped; i++) {
      if (answerKeyStartsAt(this.rawLines, this.pieces, i)) {
        this.finish();
        readAnswerKey(this.pieces, this.rawLines, i, this.drafts, this.issues);
        return;
      }
      for (const piece of this.pieces[i]!) if (!this.stopped) this.take(piece, i);
    }
    this.finish();
  }

  private take(piece: Piece, i: number): void {
    const line = i + 1;
    if (piece.kind === 'heading') this.heading(piece, line);
    else if (this.skipping) return;
    else if (piece.kind === 'question') this.question(piece, i);
    else if (piece.kind === 'options') this.options(piece, i);
    else if (piece.kind === 'label') this.label(piece, line);
    else this.text(piece.text, i);
  }

  private heading(piece: HeadingPiece, line: number): void {
    // `一、坚持党的领导` inside a stem or an explanation is its text, not a new section.
    const open =
      this.current && (this.current.phase === 'explanation' || (this.current.phase === 'stem' && !endsInJudgeMark(this.current)));
    if (!piece.type && !piece.unsupported && open) return void this.text(piece.whole, line - 1);
    this.finish();
    this.section++;
    this.lastNumber = null;
    this.skipping = piece.unsupported;
    if (piece.unsupported)
      this.issues.push({ line, message: `“${piece.unsupported}”不能导入（题库只收单选题、多选题和判断题），这一部分的题目没有读取` });
    if (piece.type) this.sectionType = piece.type;
    else if (piece.resets) this.sectionType = null;
  }

  private question(piece: QuestionPiece, i: number): void {
    const current = this.current;
    if (current?.phase === 'explanation' && !questionAhead(this.pieces, i, piece)) return void this.text(piece.whole, i);
    // `(1)`…`(3)` under a question numbered `1.`: the statements of a 组合题, part of its stem.
    if (current?.phase === 'stem' && current.options.length === 0 && piece.style !== current.style && SUB_ITEM_STYLES.includes(piece.style))
      return void this.text(piece.whole, i);
    if (piece.ambiguous && !this.continuesNumbering(piece.number) && !(this.lastNumber === null && questionAhead(this.pieces, i, piece)))
      return void this.text(piece.whole, i);
    if (!this.start(i, piece.number, piece.style, piece.mark)) return;
    if (piece.stem) this.current!.stem.push(piece.stem);
  }

  /** The next number, or 1 where numbering starts again. */
  private continuesNumbering(number: number | null): boolean {
    return number === 1 || (number !== null && number === (this.lastNumber ?? 0) + 1);
  }

  /** Starts a draft; false (and reading stops) once there are as many questions as one import takes. */
  private start(i: number, number: number | null, style: NumberStyle, mark: ImportedType | null): boolean {
    this.finish();
    if (this.drafts.length >= IMPORT_MAX_ROWS) {
      this.issues.push({ line: i + 1, message: `一次最多导入 ${IMPORT_MAX_ROWS} 道题，从这一行起没有读取，请分几次粘贴` });
      this.stopped = true;
      return false;
    }
    if (number !== null) this.lastNumber = number;
    this.current = newDraft({ line: i + 1, number, style, section: this.section, sectionType: this.sectionType, mark });
    return true;
  }

  private options(piece: OptionsPiece, i: number): void {
    const line = i + 1;
    if (!this.current) return void this.issues.push({ line, message: '这一行是选项，但前面没有找到题目；题目请以“1.”这样的题号开头' });
    const issue = addOptions(this.current, piece, line);
    if (issue) this.issues.push(issue);
  }

  private label(piece: LabelPiece, line: number): void {
    if (!this.current)
      return void this.issues.push({ line, message: `这一行的${LABEL_NAMES[piece.label]}前面没有找到题目；题目请以“1.”这样的题号开头` });
    addLabel(this.current, piece, line);
  }

  private text(text: string, i: number): void {
    const current = this.current;
    const line = i + 1;
    if (current?.phase === 'stem' && !endsInJudgeMark(current)) return void current.stem.push(text);
    if (current?.phase === 'options') {
      current.options[current.options.length - 1]!.wrapped.push(tidy(text));
      return;
    }
    if (current?.phase === 'explanation') return void this.appendExplanation(text);
    // `答案：` with the answer on the line below it.
    if (current?.answer?.raw === '' && current.phase === 'after' && readsAsAnswer(text)) {
      current.answer.raw = text;
      return;
    }
    if (unnumberedAt(this.pieces, i)) {
      if (this.start(i, null, 'none', null)) this.current!.stem.push(text);
      return;
    }
    // Before the first question: the title and instructions. After a heading: its notes.
    if (!current) {
      // A title may end with a question mark; only a blank or an answer written in makes a question.
      const folded = fold(text);
      if (/\(\s*\)/.test(folded) || stemAnswerIn(folded)) this.issues.push({ line, message: NO_NUMBER });
      return;
    }
    this.issues.push({ line, message: UNREAD_LINE });
  }

  private appendExplanation(text: string): void {
    this.current!.explanation!.parts.push(text);
  }

  private finish(): void {
    if (!this.current) return;
    for (const option of this.current.options) option.text = joinWrapped([option.text, ...option.wrapped]);
    this.drafts.push(this.current);
    this.current = null;
  }
}
