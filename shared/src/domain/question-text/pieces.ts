import {
  type ImportedType,
  normalizeCell,
  optionText,
  QUESTION_HEADER_SYNONYMS,
  type QuestionHeader,
  questionTypeOf,
} from '../question-import';
import { fold, INVISIBLE, slice, type Span, spanOf, tidy } from './lines';
import { stemAnswerIn } from './stem-answer';

// What a line is

type Label = 'answer' | 'explanation' | 'tags' | 'difficulty' | 'type';

/** The spreadsheet importer's header synonyms are the words these lines start with (`正确答案：`, `知识点：`). */
const LABEL_COLUMNS: Record<Label, QuestionHeader> = {
  answer: '答案',
  explanation: '解析',
  tags: '标签',
  difficulty: '难度',
  type: '题型',
};
/** The names of the labels in messages: the columns' own. */
export const LABEL_NAMES = LABEL_COLUMNS;
const LABEL_OF = new Map<string, Label>();
for (const [label, column] of Object.entries(LABEL_COLUMNS) as [Label, QuestionHeader][]) {
  for (const word of QUESTION_HEADER_SYNONYMS[column]) LABEL_OF.set(word, label);
}
/** Longest first, so `答案解析` is an explanation and not the answer `解析`. */
export const LABEL_WORDS = [...LABEL_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const ANSWER_WORDS = QUESTION_HEADER_SYNONYMS.答案
  .slice()
  .sort((a, b) => b.length - a.length)
  .join('|');

/**
 * A label in a line: `【答案】`, `[解析]`, or `答案：` at the start or after a space or a sentence's end
 * (`…（ ）。答案：A`, `答案：A  解析：…`). Not in the middle of a sentence: `本题答案：` stays text.
 */
const LABEL_AT = new RegExp(`【\\s*(${LABEL_WORDS})\\s*】|\\[\\s*(${LABEL_WORDS})\\s*\\]|(^|[\\s。.?!)」”’;,])(${LABEL_WORDS})\\s*:`, 'g');
/** `答案A`, `答案 AC`, `正确答案是B`, `答案为√` at the start of a line without a colon; or `答案` alone, the answer below it. */
const BARE_ANSWER = new RegExp(`^(${ANSWER_WORDS})\\s*(?:是|为)?\\s*(?=[A-Za-z√×✓✗✔✘]|$)`);

/** Page numbers and rules a PDF copy brings along: `- 3 -`, `—3—`, `3`, `3/10`, `第 3 页 共 10 页`, `Page 3 of 10`, `------`. */
const PAGE_NUMBER = [
  /^[-—–_~·\s]*\d{1,4}[-—–_~·\s]*$/,
  /^第\s*\d+\s*页(?:\s*[,，/、]?\s*共\s*\d+\s*页)?$/,
  /^共\s*\d+\s*页[,，\s]*第\s*\d+\s*页$/,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^page\s*\d+(?:\s*(?:of|\/)\s*\d+)?$/i,
  /^[-—–_=*~·.\s]{3,}$/,
];

const CHINESE_NUMERAL = '[一二三四五六七八九十百零〇两]+';
/** The number of a section: `一、`, `二．`, `（三）`, `第一部分`, `第二大题`, `Ⅱ.`. */
const HEADING_NUMBER = new RegExp(
  `^(?:第\\s*(?:${CHINESE_NUMERAL}|\\d{1,2})\\s*(?:部分|大题|章|节|篇|单元|卷)|${CHINESE_NUMERAL}\\s*[、.,]|\\(\\s*${CHINESE_NUMERAL}\\s*\\)|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\\s*[、.]?)\\s*[、.:]?\\s*`,
);
/** Kinds of question the bank cannot hold: their sections are reported once and skipped. */
const UNSUPPORTED_KIND = /填空|简答|问答|论述|案例|材料|名词解释|计算|辨析|作文|主观|连线|排序/;
const UNSUPPORTED_HEADING = /^[[【(]?\s*(?:填空|简答|问答|论述|案例分析|材料分析|名词解释|计算|辨析)题?\s*[\]】)]?$/;
/** Longer lines are not headings: regular expressions for headings only ever see short lines. */
const HEADING_MAX = 60;
/** A heading's notes: `（每题2分，共20分）`, `共10题`, `每小题1分`. */
const HEADING_NOTES = /\([^()]{0,40}\)|\s*(?:共|每|计|本大题|本题|满分|总分|合计|\d).*$/g;
const NOTE_WORDS = /\d|每|共|计|满分|小题/;

/** A heading without its notes and the colon after it: `二、多项选择题（每题2分，共20分）：` is `二、多项选择题`. */
function withoutNotes(heading: string): string {
  return heading
    .replace(HEADING_NOTES, (note) => (note.startsWith('(') && !NOTE_WORDS.test(note) ? note : ''))
    .replace(/[:。.,]+$/, '')
    .trim();
}

/** A type mark before or after a question's number: `[多选题]`, `【单选题】`, `(判断题)`. */
const MARK = /^[[【(]\s*([^[\]【】()]{1,10}?)\s*[\]】)]\s*/;
/** The same mark after the stem (`…（ ）【单选题】`), with the `*` some survey exports add to required questions. */
export const TRAILING_MARK = /\s*[[【(]\s*([^[\]【】()]{1,10}?)\s*[\]】)]\s*\*?\s*$/;
/** A score written with a question: `(2分)`, `（1.5分）`. */
const SCORE = /^\(\s*\d+(?:\.\d+)?\s*分\s*\)\s*/;
export const TRAILING_SCORE = /\s*\(\s*\d+(?:\.\d+)?\s*分\s*\)\s*$/;

/**
 * How a question is numbered. Sub-items of a question (`(1)`, `1)`) are told from questions by it:
 * under a question numbered `1.`, a `(2)` line is part of its stem.
 */
export type NumberStyle = 'dot' | 'comma' | 'paren' | 'half-paren' | 'di' | 'mark' | 'none';
const NUMBERS: { style: NumberStyle; pattern: RegExp }[] = [
  { style: 'di', pattern: /^第\s*([\d一二三四五六七八九十百零〇两]{1,6})\s*题\s*[.、:,]?\s*/ },
  { style: 'paren', pattern: /^\(\s*(\d{1,4})\s*\)\s*[.、]?\s*/ },
  { style: 'dot', pattern: /^(\d{1,4})\s*\.\s*/ },
  { style: 'comma', pattern: /^(\d{1,4})\s*[、,]\s*/ },
  { style: 'half-paren', pattern: /^(\d{1,4})\s*\)\s*/ },
];
export const SUB_ITEM_STYLES: NumberStyle[] = ['paren', 'half-paren'];

/**
 * An option's letter as the spreadsheet importer's `optionText` strips it: `A.`, `A、`, `A:`, `A)`,
 * `(A)`, `(A).`; lower case too. Full-width forms are folded before.
 */
const OPTION_MARKER = /\(?([A-Za-z])\)?\s*([.、:)])/y;
/** A to Z: options past F are read, to be reported as too many. */
export const OPTION_LETTERS_ALL = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
/** After an option's text: the right one (`（正确答案）`, `【答案】`, `√`). */
const CORRECT_MARK = /\s*(?:[(（[【]\s*(?:正确答案|正确选项|答案|正确|√|✓|✔)\s*[)）\]】]|[√✓✔])\s*$/;

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

export function isPageNumber(folded: string): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(folded));
}

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

/**
 * The type a mark or heading names. A bare 选择题 is single for the spreadsheet importer, but a paper's
 * 选择题 section often holds questions with one answer and with several: here it is 不定项.
 */
export function typeNamed(text: string): ImportedType | null {
  const type = questionTypeOf(text);
  return type === 'single' && /^选择题?$/.test(normalizeCell(text).replace(/[[\]【】()（）]/g, '')) ? 'indefinite' : type;
}

function markType(folded: string): { type: ImportedType; length: number } | null {
  const match = MARK.exec(folded);
  const type = match ? typeNamed(match[1]!) : null;
  return match && type ? { type, length: match[0].length } : null;
}

/** The type a heading names (`二、多项选择题（每题2分，共20分）`), or the kind of question it names that cannot be imported. */
function sectionKind(rest: string): { type: ImportedType | null; unsupported: string | null } {
  const clean = withoutNotes(rest);
  const whole = typeNamed(clean);
  if (whole) return { type: whole, unsupported: null };
  // `党史知识单选题`, `单项选择题20道`: the first type name in it, longest at each place.
  const compact = normalizeCell(clean).slice(0, 30);
  for (let start = 0; start < compact.length; start++) {
    for (let length = Math.min(7, compact.length - start); length >= 2; length--) {
      const type = typeNamed(compact.slice(start, start + length));
      if (type) return { type, unsupported: null };
    }
  }
  return { type: null, unsupported: UNSUPPORTED_KIND.test(clean) ? clean.replace(/[[\]【】()]/g, '') : null };
}

/** A stem-like line: a blank to fill (`（ ）`), a question mark, or an answer written in it. */
export function looksLikeQuestion(folded: string): boolean {
  return /\(\s*\)|[?？]\s*$/.test(folded) || stemAnswerIn(folded) !== null;
}

export function readHeading(span: Span): HeadingPiece | null {
  if (span.folded.length > HEADING_MAX) return null;
  const numbered = HEADING_NUMBER.exec(span.folded);
  if (!numbered) {
    // Without a section number only a line that is nothing but a type (`单选题`, `【多选题】`, `判断题（共10题）`).
    const clean = withoutNotes(span.folded);
    const type = clean.length <= 12 ? typeNamed(clean) : null;
    const unsupported = UNSUPPORTED_HEADING.test(clean) ? clean.replace(/[[\]【】()]/g, '') : null;
    return type || unsupported ? { kind: 'heading', type, unsupported, resets: true, whole: span.text } : null;
  }
  const rest = span.folded.slice(numbered[0].length);
  const kind = sectionKind(rest);
  const heading = { kind: 'heading' as const, whole: span.text, resets: !numbered[0].startsWith('('), ...kind };
  if (kind.type || kind.unsupported) return heading;
  // `一、党史知识`: a section by topic. A long line or one with a blank is a question numbered in Chinese.
  return rest.length <= 20 && !looksLikeQuestion(rest) ? heading : null;
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
function readQuestion(span: Span): QuestionPiece | null {
  const before = skipMarks(span.folded, 0);
  const numbered = readNumber(span.folded, before.end);
  if (!numbered && !before.mark) return null;
  const after = skipMarks(span.folded, numbered?.end ?? before.end);
  const stem = slice(span, after.end).text;
  if (!numbered && !stem) return null; // a mark alone on its line is a heading
  const { number = null, style = 'mark', ambiguous = false } = numbered ?? {};
  return { kind: 'question', number, style, ambiguous, mark: before.mark ?? after.mark, stem, whole: span.text };
}

function markerAt(folded: string, at: number): { letter: string; delimiter: string; end: number } | null {
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
function readOptions(span: Span, at: number): PastedOption[] {
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
function withInlineOptions(span: Span, piece: Piece & { kind: 'question' | 'text' }): Piece[] {
  const own = piece.kind === 'question' ? spanOf(piece.stem) : span;
  const at = inlineOptionsAt(own.folded);
  if (at === null) return [piece];
  const before = slice(own, 0, at).text;
  const options: Piece = { kind: 'options', options: readOptions(own, at), whole: slice(own, at).text };
  if (piece.kind === 'question') return [{ ...piece, stem: before }, options];
  return before ? [{ kind: 'text', text: before }, options] : [options];
}

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
