import { answerLettersOf, type ImportedType, judgeAnswerOf, normalizeCell } from '../question-import';
import { IMPORT_MAX_ROWS } from '../questions';
import { KEY_TITLE, keyEntriesIn, readAnswerKey } from './answer-key';
import { fold, INVISIBLE, joinWrapped, spanOf, tidy } from './lines';
import {
  type HeadingPiece,
  isPageNumber,
  LABEL_NAMES,
  type LabelPiece,
  looksLikeQuestion,
  type NumberStyle,
  OPTION_LETTERS_ALL,
  type OptionsPiece,
  type PastedOption,
  type Piece,
  type QuestionPiece,
  readHeading,
  SUB_ITEM_STYLES,
  typeNamed,
} from './pieces';
import { stemAnswerIn } from './stem-answer';
import type { TextIssue } from './types';

// Reading the pieces into questions

export interface DraftOption extends PastedOption {
  line: number;
  /** The lines it wraps onto, joined to its text when the draft is finished. */
  wrapped: string[];
}

/** A question as read, before it is checked: everything with the line it came from. */
export interface Draft {
  line: number;
  number: number | null;
  style: NumberStyle;
  /** Which section (counted by headings) it is in, for the answer key. */
  section: number;
  sectionType: ImportedType | null;
  mark: ImportedType | null;
  stem: string[];
  options: DraftOption[];
  answer: { raw: string; line: number } | null;
  explanation: { parts: string[]; line: number } | null;
  tags: { raw: string; line: number } | null;
  difficulty: { raw: string; line: number } | null;
  /** Where the next text line goes: the stem, the last option, the explanation, or nowhere. */
  phase: 'stem' | 'options' | 'explanation' | 'after';
  problems: TextIssue[];
}

/** A line that is nothing but an answer: `A`, `ACD`, `A、C`, `对`, `√`. */
function readsAsAnswer(text: string): boolean {
  return text.length <= 12 && (answerLettersOf(text) !== null || judgeAnswerOf(text) !== null);
}

/** A true/false stem that already ends in its answer (`…。（√）`, `… ×`): a line after it is not more of it. */
function endsInJudgeMark(draft: Draft): boolean {
  const last = fold(draft.stem[draft.stem.length - 1] ?? '');
  const found = stemAnswerIn(last);
  return found?.kind === 'judge' && /^[\s。.!;]*$/.test(last.slice(found.end));
}

/** How far ahead a line looks to see whether it starts a question without a number. */
const LOOKAHEAD = 8;

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
      if (this.keyStartsAt(i)) {
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
    if (current?.phase === 'explanation' && !this.questionAhead(i, piece)) return void this.text(piece.whole, i);
    // `(1)`…`(3)` under a question numbered `1.`: the statements of a 组合题, part of its stem.
    if (current?.phase === 'stem' && current.options.length === 0 && piece.style !== current.style && SUB_ITEM_STYLES.includes(piece.style))
      return void this.text(piece.whole, i);
    if (piece.ambiguous && !this.continuesNumbering(piece.number) && !(this.lastNumber === null && this.questionAhead(i, piece)))
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
    this.current = {
      line: i + 1,
      number,
      style,
      section: this.section,
      sectionType: this.sectionType,
      mark,
      stem: [],
      options: [],
      answer: null,
      explanation: null,
      tags: null,
      difficulty: null,
      phase: 'stem',
      problems: [],
    };
    return true;
  }

  private options(piece: OptionsPiece, i: number): void {
    const current = this.current;
    const line = i + 1;
    if (!current) return void this.issues.push({ line, message: '这一行是选项，但前面没有找到题目；题目请以“1.”这样的题号开头' });
    // `A．正确，因为…` under 解析 is the explanation going on.
    if (current.phase === 'explanation') return void this.appendExplanation(piece.whole);
    const first = piece.options[0]!;
    const expected = OPTION_LETTERS_ALL[current.options.length]!;
    if (first.letter === 'A' && current.options.length > 0 && current.phase === 'after') {
      return void this.issues.push({ line, message: '这一行的选项前面没有题目（上一道题已经有选项和答案了）；题目请以“1.”这样的题号开头' });
    }
    if (first.letter !== expected) {
      const repeated = current.options.some((option) => option.letter === first.letter);
      current.problems.push({
        line,
        message: repeated
          ? `选项 ${first.letter} 出现了两次，请检查是不是漏了题号`
          : `选项 ${first.letter} 前面缺少选项 ${expected}，请按 A、B、C… 的顺序写`,
      });
    }
    for (const option of piece.options) current.options.push({ ...option, line, wrapped: [] });
    current.phase = 'options';
  }

  private label(piece: LabelPiece, line: number): void {
    const current = this.current;
    if (!current)
      return void this.issues.push({ line, message: `这一行的${LABEL_NAMES[piece.label]}前面没有找到题目；题目请以“1.”这样的题号开头` });
    const value = { raw: piece.value, line };
    switch (piece.label) {
      case 'answer':
        if (current.answer && normalizeCell(current.answer.raw) !== normalizeCell(piece.value)) {
          current.problems.push({ line, message: `这道题写了两个答案（第 ${current.answer.line} 行和这一行），请只留一个` });
        }
        current.answer = value;
        current.phase = 'after';
        return;
      case 'explanation':
        if (current.explanation) current.explanation.parts.push(piece.value);
        else current.explanation = { parts: [piece.value], line };
        current.phase = 'explanation';
        return;
      case 'type': {
        const type = typeNamed(piece.value);
        if (type) current.mark = type;
        else current.problems.push({ line, message: `题型“${piece.value}”不能导入，只能是单选题、多选题、不定项选择题或判断题` });
        current.phase = 'after';
        return;
      }
      default:
        current[piece.label] = value;
        current.phase = 'after';
    }
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
    if (this.unnumberedAt(i)) {
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

  /**
   * A text line followed by options from A or an answer: a question without a number. Only the line
   * right above them: the lines above it may be a title (`党史知识` over the first stem).
   */
  private unnumberedAt(i: number): boolean {
    if (this.pieces[i]!.some((piece) => piece.kind === 'options' && piece.options[0]!.letter === 'A')) return true;
    return this.nextIsBody(i, false);
  }

  /** A numbered line after an explanation is a question only if it reads like one: `1.` lists in explanations are not. */
  private questionAhead(i: number, piece: QuestionPiece): boolean {
    if (looksLikeQuestion(fold(piece.stem))) return true;
    if (this.pieces[i]!.some((other) => other.kind === 'options' || other.kind === 'label')) return true;
    return this.nextIsBody(i, true);
  }

  /** Whether options from A or an answer come next, over blank lines and page numbers, and over text too when `wrapped`. */
  private nextIsBody(i: number, wrapped: boolean): boolean {
    for (let j = i + 1; j < Math.min(this.pieces.length, i + 1 + LOOKAHEAD); j++) {
      const first = this.pieces[j]![0];
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

  /**
   * Where an answer key begins: `参考答案` (`【答案】`, `答案：`) on its own line with `1.A 2.B` entries
   * after it, perhaps under a heading (`一、单选题`); or `参考答案：1.A 2.B 3.C` on one line.
   */
  private keyStartsAt(i: number): boolean {
    const own = fold(this.rawLines[i]!.replace(INVISIBLE, '').trim());
    const first = this.pieces[i]![0];
    if (!KEY_TITLE.test(own)) return first?.kind === 'label' && first.label === 'answer' && keyEntriesIn(fold(first.value)).length >= 2;
    let afterHeading = false;
    for (let j = i + 1; j < this.rawLines.length; j++) {
      const folded = fold(this.rawLines[j]!.replace(INVISIBLE, '').trim());
      if (!folded || isPageNumber(folded)) continue;
      if (keyEntriesIn(folded).length > 0) return true;
      if (afterHeading || !readHeading(spanOf(folded))) return false;
      afterHeading = true;
    }
    return false;
  }

  private finish(): void {
    if (!this.current) return;
    for (const option of this.current.options) option.text = joinWrapped([option.text, ...option.wrapped]);
    this.drafts.push(this.current);
    this.current = null;
  }
}
