/**
 * A question as the reader collects it (a draft), and what a draft takes from a line of options or a
 * label: options in letter order, the answer, the explanation, tags, difficulty and type.
 */

import { type ImportedType, normalizeCell } from '../question-import';
import { fold } from './lines';
import { typeNamed } from './headings';
import { OPTION_LETTERS_ALL } from './options';
import type { LabelPiece, NumberStyle, OptionsPiece, PastedOption } from './pieces';
import { stemAnswerIn } from './stem-answer';
import type { TextIssue } from './types';

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

/** A draft started at its question's line, with nothing read into it yet. */
export function newDraft(start: Pick<Draft, 'line' | 'number' | 'style' | 'section' | 'sectionType' | 'mark'>): Draft {
  return {
    ...start,
    stem: [],
    options: [],
    answer: null,
    explanation: null,
    tags: null,
    difficulty: null,
    phase: 'stem',
    problems: [],
  };
}

/** A true/false stem that already ends in its answer (`…。（√）`, `… ×`): a line after it is not more of it. */
export function endsInJudgeMark(draft: Draft): boolean {
  const last = fold(draft.stem[draft.stem.length - 1] ?? '');
  const found = stemAnswerIn(last);
  return found?.kind === 'judge' && /^[\s。.!;]*$/.test(last.slice(found.end));
}

/**
 * A line of options given to the draft above it. Out-of-order letters are the draft's problems; a
 * line starting again at A after the draft's answer belongs to no question, and that issue is
 * returned for the paste.
 */
export function addOptions(current: Draft, piece: OptionsPiece, line: number): TextIssue | null {
  // `A．正确，因为…` under 解析 is the explanation going on.
  if (current.phase === 'explanation') {
    current.explanation!.parts.push(piece.whole);
    return null;
  }
  const first = piece.options[0]!;
  const expected = OPTION_LETTERS_ALL[current.options.length]!;
  if (first.letter === 'A' && current.options.length > 0 && current.phase === 'after') {
    return { line, message: '这一行的选项前面没有题目（上一道题已经有选项和答案了）；题目请以“1.”这样的题号开头' };
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
  return null;
}

/** A label's value given to the draft above it. */
export function addLabel(current: Draft, piece: LabelPiece, line: number): void {
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
