/**
 * Questions pasted from a Word or PDF document: an exam paper (试卷) with section headings, a bank
 * copied out of a PDF, a study app's export. People lay them out in many ways: numbered stems
 * (`1.`, `1、`, `（1）`, `第1题`), a type mark (`【单选题】`) or a heading (`一、单选题`) giving the type,
 * options one to a line or four to a line, the answer on its own line (`答案：A`), after the right
 * option (`（正确答案）`, `√`), in the stem's brackets (`（ A ）`, `（√）`), or in an answer key at the
 * end (`参考答案` then `1.A 2.B` or `1-5 ABCDA`). This reads all of them into the shape
 * QuestionInputSchema takes and reports every problem by line, in Chinese, saying how to fix it.
 *
 * Pure and total: any string in, never an exception. Full-width forms are folded one character for
 * one (`fold`), so a position found in the folded line is the same position in the original line and
 * the stored text keeps what the organizer wrote (full-width punctuation and all).
 *
 * Regular expressions avoid lookbehind: the mini program still runs on engines without it.
 */
import { QuestionInputSchema } from '../schemas/questions';
import { answerLettersOf, judgeAnswerOf, normalizeCell, optionText, QUESTION_HEADER_SYNONYMS, questionTypeOf, type ImportedType, type QuestionHeader } from './question-import';
import { DIFFICULTY_LABELS, IMPORT_MAX_ROWS, JUDGE_OPTIONS, MAX_OPTIONS, MIN_OPTIONS, OPTION_LETTERS, stemKey, type Difficulty, type QuestionType } from './questions';

export interface TextQuestion {
  /** 1-based line of the stem (its number, or its first line when it has none). */
  line: number;
  question: { type: QuestionType; stem: string; options: string[]; answer: string; explanation: string; tags: string[]; difficulty: Difficulty };
}

/** One problem of a paste: the line to look at, and what is wrong there and how to fix it. */
export interface TextIssue {
  line: number;
  message: string;
}

/** A paste: at most this many characters (5,000 questions of 40 characters is about this). */
export const QUESTION_TEXT_MAX_CHARS = 200_000;

/** "第 12 行：这道题没有找到答案…". */
export function describeTextIssue(issue: TextIssue): string {
  return `第 ${issue.line} 行：${issue.message}`;
}

// ---------------------------------------------------------------------------------------------
// Lines and folding

/** Characters Word, PDF readers and keyboards leave in text that nobody sees. */
const INVISIBLE = /[\u200b-\u200f\u2060\ufeff\u00ad]/g;

/** A line (or a part of one) as written, and folded: the same length, so positions carry over. */
interface Span {
  text: string;
  folded: string;
}

/** Full-width ASCII (`Ａ．（１）：`) as ASCII, and full-width and no-break spaces as spaces, one character for one. */
function fold(text: string): string {
  return text.replace(/[\uff01-\uff5e\u3000\u00a0]/g, (c) => (c === '\u3000' || c === '\u00a0' ? ' ' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

function spanOf(text: string): Span {
  return { text, folded: fold(text) };
}

function slice(span: Span, start: number, end = span.text.length): Span {
  const text = span.text.slice(start, end);
  const lead = text.length - text.trimStart().length;
  const kept = text.trim();
  return { text: kept, folded: span.folded.slice(start + lead, start + lead + kept.length) };
}

/** Runs of spaces (tabs, full-width spaces, the spaces Word lines blanks up with) as one. */
function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The statements of a 组合题 on their own lines: `(1) …`, `1) …`, `① …`. */
const SUB_ITEM = /^(?:\(\s*\d{1,2}\s*\)|\d{1,2}\s*\)|[\u2460-\u2473])/;

const PRINTABLE_ASCII = /^[\x21-\x7e]$/;

/**
 * Lines wrapped by the page joined again: Chinese runs on without a space, Latin words and numbers
 * keep one between them, and so do a 组合题's statements. Only the characters at each join are
 * looked at, so a stem of thousands of lines costs no more than one.
 */
function joinWrapped(parts: string[]): string {
  const joined: string[] = [];
  let last = '';
  for (const part of parts) {
    if (!part) continue;
    const latin = PRINTABLE_ASCII.test(last) && PRINTABLE_ASCII.test(part[0]!);
    if (joined.length && (latin || SUB_ITEM.test(fold(part.slice(0, 4))))) joined.push(' ');
    joined.push(part);
    last = part[part.length - 1]!;
  }
  return joined.join('');
}

// ---------------------------------------------------------------------------------------------
// What a line is

type Label = 'answer' | 'explanation' | 'tags' | 'difficulty' | 'type';

/** The spreadsheet importer's header synonyms are the words these lines start with (`正确答案：`, `知识点：`). */
const LABEL_COLUMNS: Record<Label, QuestionHeader> = { answer: '答案', explanation: '解析', tags: '标签', difficulty: '难度', type: '题型' };
/** The names of the labels in messages: the columns' own. */
const LABEL_NAMES = LABEL_COLUMNS;
const LABEL_OF = new Map<string, Label>();
for (const [label, column] of Object.entries(LABEL_COLUMNS) as [Label, QuestionHeader][]) {
  for (const word of QUESTION_HEADER_SYNONYMS[column]) LABEL_OF.set(word, label);
}
/** Longest first, so `答案解析` is an explanation and not the answer `解析`. */
const LABEL_WORDS = [...LABEL_OF.keys()].sort((a, b) => b.length - a.length).join('|');
const ANSWER_WORDS = QUESTION_HEADER_SYNONYMS.答案.slice().sort((a, b) => b.length - a.length).join('|');

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
const HEADING_NUMBER = new RegExp(`^(?:第\\s*(?:${CHINESE_NUMERAL}|\\d{1,2})\\s*(?:部分|大题|章|节|篇|单元|卷)|${CHINESE_NUMERAL}\\s*[、.,]|\\(\\s*${CHINESE_NUMERAL}\\s*\\)|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+\\s*[、.]?)\\s*[、.:]?\\s*`);
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
const TRAILING_MARK = /\s*[[【(]\s*([^[\]【】()]{1,10}?)\s*[\]】)]\s*\*?\s*$/;
/** A score written with a question: `(2分)`, `（1.5分）`. */
const SCORE = /^\(\s*\d+(?:\.\d+)?\s*分\s*\)\s*/;
const TRAILING_SCORE = /\s*\(\s*\d+(?:\.\d+)?\s*分\s*\)\s*$/;

/**
 * How a question is numbered. Sub-items of a question (`(1)`, `1)`) are told from questions by it:
 * under a question numbered `1.`, a `(2)` line is part of its stem.
 */
type NumberStyle = 'dot' | 'comma' | 'paren' | 'half-paren' | 'di' | 'mark' | 'none';
const NUMBERS: { style: NumberStyle; pattern: RegExp }[] = [
  { style: 'di', pattern: /^第\s*([\d一二三四五六七八九十百零〇两]{1,6})\s*题\s*[.、:,]?\s*/ },
  { style: 'paren', pattern: /^\(\s*(\d{1,4})\s*\)\s*[.、]?\s*/ },
  { style: 'dot', pattern: /^(\d{1,4})\s*\.\s*/ },
  { style: 'comma', pattern: /^(\d{1,4})\s*[、,]\s*/ },
  { style: 'half-paren', pattern: /^(\d{1,4})\s*\)\s*/ },
];
const SUB_ITEM_STYLES: NumberStyle[] = ['paren', 'half-paren'];

/**
 * An option's letter as the spreadsheet importer's `optionText` strips it: `A.`, `A、`, `A:`, `A)`,
 * `(A)`, `(A).`; lower case too. Full-width forms are folded before.
 */
const OPTION_MARKER = /\(?([A-Za-z])\)?\s*([.、:)])/y;
/** A to Z: options past F are read, to be reported as too many. */
const OPTION_LETTERS_ALL = Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i));
/** After an option's text: the right one (`（正确答案）`, `【答案】`, `√`). */
const CORRECT_MARK = /\s*(?:[(（[【]\s*(?:正确答案|正确选项|答案|正确|√|✓|✔)\s*[)）\]】]|[√✓✔])\s*$/;

/** What a line, or a part of it, is. `whole` is the part as written, for when it turns out to be text after all. */
type Piece =
  | { kind: 'heading'; type: ImportedType | null; unsupported: string | null; resets: boolean; whole: string }
  | { kind: 'question'; number: number | null; style: NumberStyle; ambiguous: boolean; mark: ImportedType | null; stem: string; whole: string }
  | { kind: 'options'; options: PastedOption[]; whole: string }
  | { kind: 'label'; label: Label; value: string; whole: string }
  | { kind: 'text'; text: string };

type HeadingPiece = Extract<Piece, { kind: 'heading' }>;
type QuestionPiece = Extract<Piece, { kind: 'question' }>;
type OptionsPiece = Extract<Piece, { kind: 'options' }>;
type LabelPiece = Extract<Piece, { kind: 'label' }>;

interface PastedOption {
  letter: string;
  text: string;
  /** Marked as a right answer after its text. */
  marked: boolean;
}

function isPageNumber(folded: string): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(folded));
}

/** 一 to 九十九 (`第十二题`); larger or odd numerals are no number, which only costs the sequence check. */
function numberOf(written: string): number | null {
  if (/^\d+$/.test(written)) return Number(written);
  const digit = (c: string | undefined) => (c === undefined ? 0 : '零一二三四五六七八九'.indexOf(c === '〇' ? '零' : c === '两' ? '二' : c));
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
function typeNamed(text: string): ImportedType | null {
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
function looksLikeQuestion(folded: string): boolean {
  return /\(\s*\)|[?？]\s*$/.test(folded) || stemAnswerIn(folded) !== null;
}

function readHeading(span: Span): HeadingPiece | null {
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
function classifyLine(raw: string): Piece[] {
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

// ---------------------------------------------------------------------------------------------
// Answers written in the stem

/** An answer in the stem: the last `（ A ）`, `(AC)`, `（√）`, `（错）`, or a `√`/`×` ending it. `start`/`end` are where it is. */
interface StemAnswer {
  kind: 'letters' | 'judge';
  value: string;
  start: number;
  end: number;
  bracketed: boolean;
}

/** Letters A–F only, capitals: `(WTO)` or `(a)` in a stem is not an answer. */
const BRACKET_LETTERS = /^[A-F](?:[\s、,;/]*[A-F]){0,5}$/;

function stemAnswerIn(folded: string): StemAnswer | null {
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

// ---------------------------------------------------------------------------------------------
// Reading the pieces into questions

interface DraftOption extends PastedOption {
  line: number;
  /** The lines it wraps onto, joined to its text when the draft is finished. */
  wrapped: string[];
}

/** A question as read, before it is checked: everything with the line it came from. */
interface Draft {
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

const EMPTY_MESSAGE = '没有粘贴任何内容，请把 Word 或 PDF 里的题目整段复制过来';
const NOTHING_FOUND = '没有找到题目：每道题请以题号开头（如“1.”“1、”“（1）”），选项以“A.”“B.”开头，再加一行“答案：A”';
const UNREAD_LINE = '这一行没有读取：看不出是题目、选项、答案还是解析。题目请以“1.”这样的题号开头，选项以“A.”开头，答案写成“答案：A”，解析写成“解析：…”';
const NO_NUMBER = '这一行像是一道题，但没有题号，也没有找到它的选项或答案，没有读取；请在前面加上题号，如“1.”';

/**
 * Reads the pieces line by line into drafts. A numbered line starts a question; text continues the
 * stem, the last option or the explanation, whichever came last; headings set the type of the
 * questions below them. Lines before the first question (the title, instructions) are skipped.
 */
class Reader {
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
    if (piece.kind === 'heading') return this.heading(piece, line);
    if (this.skipping) return;
    if (piece.kind === 'question') return this.question(piece, i);
    if (piece.kind === 'options') return this.options(piece, i);
    if (piece.kind === 'label') return this.label(piece, line);
    return this.text(piece.text, i);
  }

  private heading(piece: HeadingPiece, line: number): void {
    // `一、坚持党的领导` inside a stem or an explanation is its text, not a new section.
    const open = this.current && (this.current.phase === 'explanation' || (this.current.phase === 'stem' && !endsInJudgeMark(this.current)));
    if (!piece.type && !piece.unsupported && open) return this.text(piece.whole, line - 1);
    this.finish();
    this.section++;
    this.lastNumber = null;
    this.skipping = piece.unsupported;
    if (piece.unsupported) this.issues.push({ line, message: `“${piece.unsupported}”不能导入（题库只收单选题、多选题和判断题），这一部分的题目没有读取` });
    if (piece.type) this.sectionType = piece.type;
    else if (piece.resets) this.sectionType = null;
  }

  private question(piece: QuestionPiece, i: number): void {
    const current = this.current;
    if (current?.phase === 'explanation' && !this.questionAhead(i, piece)) return this.text(piece.whole, i);
    // `(1)`…`(3)` under a question numbered `1.`: the statements of a 组合题, part of its stem.
    if (current?.phase === 'stem' && current.options.length === 0 && piece.style !== current.style && SUB_ITEM_STYLES.includes(piece.style)) return this.text(piece.whole, i);
    if (piece.ambiguous && !this.continuesNumbering(piece.number) && !(this.lastNumber === null && this.questionAhead(i, piece))) return this.text(piece.whole, i);
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
      line: i + 1, number, style, section: this.section, sectionType: this.sectionType, mark,
      stem: [], options: [], answer: null, explanation: null, tags: null, difficulty: null, phase: 'stem', problems: [],
    };
    return true;
  }

  private options(piece: OptionsPiece, i: number): void {
    const current = this.current;
    const line = i + 1;
    if (!current) return void this.issues.push({ line, message: '这一行是选项，但前面没有找到题目；题目请以“1.”这样的题号开头' });
    // `A．正确，因为…` under 解析 is the explanation going on.
    if (current.phase === 'explanation') return this.appendExplanation(piece.whole);
    const first = piece.options[0]!;
    const expected = OPTION_LETTERS_ALL[current.options.length]!;
    if (first.letter === 'A' && current.options.length > 0 && current.phase === 'after') {
      return void this.issues.push({ line, message: '这一行的选项前面没有题目（上一道题已经有选项和答案了）；题目请以“1.”这样的题号开头' });
    }
    if (first.letter !== expected) {
      const repeated = current.options.some((option) => option.letter === first.letter);
      current.problems.push({ line, message: repeated ? `选项 ${first.letter} 出现了两次，请检查是不是漏了题号` : `选项 ${first.letter} 前面缺少选项 ${expected}，请按 A、B、C… 的顺序写` });
    }
    for (const option of piece.options) current.options.push({ ...option, line, wrapped: [] });
    current.phase = 'options';
  }

  private label(piece: LabelPiece, line: number): void {
    const current = this.current;
    if (!current) return void this.issues.push({ line, message: `这一行的${LABEL_NAMES[piece.label]}前面没有找到题目；题目请以“1.”这样的题号开头` });
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
    if (current?.phase === 'explanation') return this.appendExplanation(text);
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


// ---------------------------------------------------------------------------------------------
// The answer key at the end of a paper

/** The title of an answer key: `参考答案`, `【答案】`, `附：参考答案及解析`. */
const KEY_TITLE = /^[【[]?\s*(?:附\s*[:：]?\s*)?(?:参考答案|标准答案|正确答案|答案)(?:及解析|与解析|和解析)?\s*[】\]]?\s*[:：]?\s*$/;
/** `1.A`, `2、BCD`, `3:√`, `4 对`, and ranges `1-5 ABCDA`, `6～10：A B AC D B`. */
const KEY_ENTRY = /(\d{1,4})\s*(?:[-~—–]\s*(\d{1,4})\s*)?[.、:)]?\s*((?:[A-Fa-f]{1,6}|[√×✓✗✔✘]|正确|错误|对|错)(?:\s+(?:[A-Fa-f]{1,6}|[√×✓✗✔✘]|正确|错误|对|错))*)(?![A-Za-z\u4e00-\u9fff])/g;

const KEY_EXPLANATION_LABEL = new RegExp(`^[。.,，;；\\s]*(?:[【[]\\s*(?:${LABEL_WORDS})\\s*[】\\]]|(?:${LABEL_WORDS})\\s*[:：])?`);

interface KeyEntry {
  number: number;
  answer: string;
  line: number;
  explanation: string[];
}

function keyEntriesIn(folded: string): { number: number; answers: string[]; start: number; end: number }[] {
  const entries: { number: number; answers: string[]; start: number; end: number }[] = [];
  KEY_ENTRY.lastIndex = 0;
  for (let match = KEY_ENTRY.exec(folded); match; match = KEY_ENTRY.exec(folded)) {
    const from = Number(match[1]);
    const to = match[2] === undefined ? from : Number(match[2]);
    const tokens = match[3]!.split(/\s+/);
    const count = to - from + 1;
    let answers: string[] = tokens;
    if (count > 1 && tokens.length === 1 && tokens[0]!.length === count) answers = [...tokens[0]!];
    else if (count === 1 && tokens.length > 1) answers = [tokens[0]!];
    if (count < 1 || count > 50 || answers.length !== count) continue;
    entries.push({ number: from, answers, start: match.index, end: match.index + match[0].length });
  }
  return entries;
}

/**
 * Reads the key from line `at` to the end and gives its answers to the drafts. A key numbers by
 * section when the paper does: a heading in the key, or a number starting again, begins its next
 * section. Sections of questions that cannot be imported (填空题) are skipped as in the paper.
 */
function readAnswerKey(pieces: Piece[][], rawLines: string[], at: number, drafts: Draft[], issues: TextIssue[]): void {
  const sections: KeyEntry[][] = [[]];
  let last: KeyEntry | null = null;
  let skipping = false;
  const title = pieces[at]![0];
  const lines = rawLines.map((raw, j) => ({ text: raw.replace(INVISIBLE, '').trim(), line: j + 1 })).slice(at + 1);
  lines.unshift({ text: title?.kind === 'label' ? title.value : '', line: at + 1 });
  for (const { text, line } of lines) {
    const folded = fold(text);
    if (!text || isPageNumber(folded)) continue;
    const heading = readHeading(spanOf(text));
    if (heading) {
      if (sections[sections.length - 1]!.length > 0) sections.push([]);
      skipping = heading.unsupported !== null;
      last = null;
      continue;
    }
    if (skipping) continue;
    const entries = keyEntriesIn(folded);
    if (entries.length === 0) {
      if (last) last.explanation.push(text);
      else issues.push({ line, message: '答案表里的这一行没有读取：请写成“1.A 2.B 3.C”或“1-5 ABCDA”' });
      continue;
    }
    for (const entry of entries) {
      const section = sections[sections.length - 1]!;
      const previous = section[section.length - 1];
      if (previous && entry.number <= previous.number) sections.push([]);
      const into = sections[sections.length - 1]!;
      entry.answers.forEach((answer, k) => into.push({ number: entry.number + k, answer, line, explanation: [] }));
    }
    // `1.A 党的一大…` or `1.A 解析：…`: one entry, then its explanation.
    const section = sections[sections.length - 1]!;
    last = entries.length === 1 && entries[0]!.answers.length === 1 ? section[section.length - 1]! : null;
    const rest = last ? slice(spanOf(text), entries[0]!.end).text.replace(KEY_EXPLANATION_LABEL, '').trim() : '';
    if (last && rest) last.explanation.push(rest);
  }
  applyKey(sections.filter((section) => section.length > 0), drafts, issues);
}

/**
 * Which draft each key entry answers. When the paper numbers straight through (no number twice), by
 * number alone; else by run and number, a run being a section of the paper or of the key, or where
 * its numbers start again.
 */
function applyKey(sections: KeyEntry[][], drafts: Draft[], issues: TextIssue[]): void {
  const numbered = drafts.filter((draft) => draft.number !== null);
  const straight = new Set(numbered.map((draft) => draft.number)).size === numbered.length;
  const byKey = new Map<string, Draft>();
  let run = 0;
  numbered.forEach((draft, i) => {
    const previous = numbered[i - 1];
    if (previous && (draft.section !== previous.section || draft.number! <= previous.number!)) run++;
    byKey.set(straight ? `${draft.number}` : `${run}:${draft.number}`, draft);
  });
  sections.forEach((entries, section) => {
    for (const entry of entries) {
      const draft = byKey.get(straight ? `${entry.number}` : `${section}:${entry.number}`);
      if (!draft) {
        issues.push({ line: entry.line, message: `答案表里的第 ${entry.number} 题在上面找不到，请检查题号` });
        continue;
      }
      if (draft.answer && normalizeCell(draft.answer.raw) !== normalizeCell(entry.answer)) {
        draft.problems.push({ line: entry.line, message: `答案表里的答案（${entry.answer}）和题目下面写的答案（${draft.answer.raw}）不一样，请只留一个` });
        continue;
      }
      draft.answer ??= { raw: entry.answer, line: entry.line };
      if (entry.explanation.length && !draft.explanation) draft.explanation = { parts: entry.explanation, line: entry.line };
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Checking a draft

type Checked = { question: TextQuestion['question']; issues: [] } | { question: null; issues: TextIssue[] };

/** 易/中/难 as the bank writes them, and the other words files use. */
const DIFFICULTY_WORDS: Record<string, Difficulty> = {
  ...Object.fromEntries(Object.entries(DIFFICULTY_LABELS).map(([difficulty, label]) => [label, difficulty as Difficulty])),
  简单: 'easy', 容易: 'easy', 较易: 'easy', 低: 'easy', 中等: 'medium', 一般: 'medium', 适中: 'medium', 困难: 'hard', 较难: 'hard', 高: 'hard',
};

/** The two options of a true/false question written out (`A.正确 B.错误`, `A.对 B.错`): what A and B mean. */
function judgePairOf(options: DraftOption[]): Record<string, 'A' | 'B'> | null {
  if (options.length !== 2) return null;
  const a = judgeAnswerOf(options[0]!.text);
  const b = judgeAnswerOf(options[1]!.text);
  return a && b && a !== b ? { A: a, B: b } : null;
}

/** The letters of a written answer, also with words after them (`A（1921年）`, `C. 1949年`). */
function lettersIn(raw: string): string | null {
  const whole = answerLettersOf(raw);
  if (whole) return whole;
  const leading = /^([A-Z](?:[\s、,，;；/]*[A-Z])*)(?![A-Za-z])/.exec(raw.normalize('NFKC').toUpperCase().trim());
  return leading ? answerLettersOf(leading[1]!) : null;
}

/** 正确 or 错误 from an answer written as a word (`对`, `√`, `正确。党章规定…`), or as A/B of the options. */
function judgeIn(raw: string, pair: Record<string, 'A' | 'B'> | null): 'A' | 'B' | null {
  const letter = answerLettersOf(raw);
  if (letter === 'A' || letter === 'B') return pair ? pair[letter]! : letter;
  return judgeAnswerOf(raw) ?? judgeAnswerOf(raw.trim().split(/[\s,，。.;；、(（]/)[0] ?? '');
}

interface AnswerSource {
  letters: string | null;
  line: number;
  written: string;
  /** Written in the stem's brackets, which become a blank. */
  fromStem: boolean;
}

/** The question's type: its own mark, then its section's; else true/false by its answer, single or multiple by its letters. */
function typeOf(draft: Draft, named: ImportedType | null, stemAnswer: StemAnswer | null): QuestionType {
  if (named === 'judge' || named === 'single' || named === 'multiple') return named;
  const raw = draft.answer?.raw ?? '';
  const hasJudgeAnswer = (judgeAnswerOf(raw) !== null && lettersIn(raw) === null) || /^(?:正确|错误|对|错)/.test(raw.trim()) || stemAnswer?.kind === 'judge';
  if (named === null && ((draft.options.length === 0 && hasJudgeAnswer) || judgePairOf(draft.options))) return 'judge';
  const letters = (draft.answer ? lettersIn(raw) : null) ?? (draft.options.filter((o) => o.marked).map((o) => o.letter).join('') || (stemAnswer?.kind === 'letters' ? stemAnswer.value : ''));
  return new Set(letters).size > 1 ? 'multiple' : 'single';
}

/** Each place the answer is written, read for this type. All of them must say the same. */
function answerSources(draft: Draft, type: QuestionType, stemAnswer: StemAnswer | null, pair: Record<string, 'A' | 'B'> | null): AnswerSource[] {
  const sources: AnswerSource[] = [];
  const read = (raw: string) => (type === 'judge' ? judgeIn(raw, pair) : lettersIn(raw));
  if (draft.answer) sources.push({ letters: read(draft.answer.raw), line: draft.answer.line, written: draft.answer.raw, fromStem: false });
  const marked = draft.options.filter((option) => option.marked);
  if (marked.length) {
    const letters = marked.map((option) => option.letter).join('');
    sources.push({ letters: type === 'judge' ? judgeIn(letters, pair) : letters, line: marked[0]!.line, written: letters, fromStem: false });
  }
  if (stemAnswer && (type === 'judge' || stemAnswer.kind === 'letters')) {
    const letters = type === 'judge' && stemAnswer.kind === 'judge' ? stemAnswer.value : read(stemAnswer.value);
    sources.push({ letters, line: draft.line, written: stemAnswer.value, fromStem: true });
  }
  return sources;
}

const sorted = (letters: string) => [...new Set(letters)].sort().join('');

/** What is wrong with the options of a choice question, at the line of the option concerned. */
function optionProblems(draft: Draft): TextIssue[] {
  const options = draft.options;
  if (options.length === 0) return [{ line: draft.line, message: '没有找到选项：选项请以“A.”“B.”开头，每个一行或用空格隔开；判断题请写在“判断题”标题下，或标上【判断题】' }];
  if (options.length < MIN_OPTIONS) return [{ line: options[0]!.line, message: `只找到 1 个选项（${options[0]!.letter}），选择题至少要有 ${MIN_OPTIONS} 个选项` }];
  if (options.length > MAX_OPTIONS) return [{ line: options[MAX_OPTIONS]!.line, message: `这道题有 ${options.length} 个选项，最多只能有 ${MAX_OPTIONS} 个（A 到 ${OPTION_LETTERS[MAX_OPTIONS - 1]}）` }];
  const problems: TextIssue[] = [];
  const seen = new Map<string, string>();
  for (const option of options) {
    const key = normalizeCell(option.text);
    if (!key) problems.push({ line: option.line, message: `选项 ${option.letter} 没有内容，请补上或删掉这个选项` });
    else if (seen.has(key)) problems.push({ line: option.line, message: `选项 ${option.letter} 和选项 ${seen.get(key)} 一样，请改掉或删掉一个` });
    else seen.set(key, option.letter);
  }
  return problems;
}

function answerProblems(type: QuestionType, answer: string, at: number, optionCount: number): TextIssue[] {
  const last = OPTION_LETTERS_ALL[optionCount - 1] ?? 'A';
  const missing = [...answer].filter((letter) => OPTION_LETTERS_ALL.indexOf(letter) >= optionCount);
  if (missing.length) return [{ line: at, message: `答案里的 ${missing.join('、')} 没有对应的选项（这道题的选项是 A 到 ${last}），请检查答案或选项` }];
  if (type === 'single' && answer.length > 1) return [{ line: at, message: `单选题只能有一个答案，这里写的是 ${answer}；如果是多选题，请标上【多选题】或写在“多选题”标题下` }];
  if (type === 'multiple' && answer.length < 2) return [{ line: at, message: `多选题至少要有两个答案，这里只有 ${answer}；如果是单选题，请标上【单选题】或写在“单选题”标题下` }];
  return [];
}

/** The answer of the draft, or why there is none, from all the places it is written. */
function resolveAnswer(draft: Draft, type: QuestionType, sources: AnswerSource[]): { answer: string } | { issue: TextIssue } {
  if (sources.length === 0) return { issue: { line: draft.line, message: '这道题没有找到答案，请加一行“答案：A”或在括号里写上答案' } };
  const unreadable = sources.find((source) => !source.letters);
  if (unreadable) {
    const message = !unreadable.written
      ? `“答案：”后面没有写答案，请写上${type === 'judge' ? '“正确”或“错误”' : '选项的字母，如“答案：A”'}`
      : type === 'judge'
      ? `判断题的答案“${unreadable.written}”看不懂，请写“正确”或“错误”（也可以写对、错、√、×）`
      : `答案“${unreadable.written}”看不懂，请写选项的字母，如“答案：A”或“答案：ACD”`;
    return { issue: { line: unreadable.line, message } };
  }
  const answers = [...new Set(sources.map((source) => sorted(source.letters!)))];
  if (answers.length > 1) {
    const shown = type === 'judge' ? answers.map((answer) => JUDGE_OPTIONS[answer === 'A' ? 0 : 1]) : answers;
    return { issue: { line: sources[1]!.line, message: `这道题的答案写了不一样的两处（${shown.join(' 和 ')}），请只留一个` } };
  }
  return { answer: answers[0]! };
}

/** Zod's messages for a field, at the line of that field. */
function schemaProblems(draft: Draft, issues: readonly { path: readonly PropertyKey[]; message: string }[]): TextIssue[] {
  return issues.map((issue) => {
    const [field, index] = issue.path;
    if (field === 'options' && typeof index === 'number' && draft.options[index]) {
      const option = draft.options[index]!;
      return { line: option.line, message: `选项 ${option.letter}：${issue.message}` };
    }
    const line = field === 'explanation' ? draft.explanation?.line : field === 'tags' ? draft.tags?.line : field === 'answer' ? draft.answer?.line : undefined;
    return { line: line ?? draft.line, message: issue.message };
  });
}

/** The stem without a type mark or score after it (`…是（ ）。【单选题】`, `…（2分）`), and the type that mark names. */
function stemOf(draft: Draft): { stem: string; mark: ImportedType | null } {
  let stem = tidy(joinWrapped(draft.stem.map(tidy)));
  let mark: ImportedType | null = null;
  for (;;) {
    const trailing = TRAILING_MARK.exec(fold(stem));
    const type = trailing ? typeNamed(trailing[1]!) : null;
    const score = type ? null : TRAILING_SCORE.exec(fold(stem));
    if (trailing && type) {
      mark ??= type;
      stem = stem.slice(0, trailing.index);
    } else if (score) stem = stem.slice(0, score.index);
    else return { stem, mark };
  }
}

function difficultyOf(draft: Draft): { difficulty: Difficulty } | { issue: TextIssue } {
  if (!draft.difficulty) return { difficulty: 'medium' };
  const difficulty = DIFFICULTY_WORDS[normalizeCell(draft.difficulty.raw)];
  return difficulty ? { difficulty } : { issue: { line: draft.difficulty.line, message: `难度“${draft.difficulty.raw}”看不懂，请写易、中或难` } };
}

/**
 * A draft as a question, or all that is wrong with it: its type, options and answer checked here with
 * messages that say where to look, then the schema the bank uses for what is left (lengths, tags).
 */
function check(draft: Draft): Checked {
  const problems = [...draft.problems];
  const { stem, mark } = stemOf(draft);
  if (!stem) return { question: null, issues: [{ line: draft.line, message: '题号后面没有题干，请把题目写在题号后面' }, ...problems] };

  const stemAnswer = stemAnswerIn(fold(stem));
  const type = typeOf(draft, draft.mark ?? mark ?? draft.sectionType, stemAnswer);
  const pair = judgePairOf(draft.options);
  if (type === 'judge' && draft.options.length > 0 && !pair) {
    problems.push({ line: draft.options[0]!.line, message: '判断题不用写选项，这道题却有 A、B… 选项；如果它是选择题，请标上【单选题】或【多选题】' });
  }
  if (type !== 'judge') problems.push(...optionProblems(draft));

  const sources = answerSources(draft, type, stemAnswer, pair);
  const resolved = resolveAnswer(draft, type, sources);
  if ('issue' in resolved) problems.push(resolved.issue);
  // Without enough options, which letters exist says nothing more.
  else if (type !== 'judge' && draft.options.length >= MIN_OPTIONS) problems.push(...answerProblems(type, resolved.answer, sources[0]!.line, draft.options.length));
  const difficulty = difficultyOf(draft);
  if ('issue' in difficulty) problems.push(difficulty.issue);
  if (problems.length || 'issue' in resolved || 'issue' in difficulty) return { question: null, issues: problems };

  // The answer written in the stem's brackets leaves a blank in its place.
  const blanked = stemAnswer && sources.some((source) => source.fromStem) ? tidy(stem.slice(0, stemAnswer.start) + (stemAnswer.bracketed ? '（ ）' : '') + stem.slice(stemAnswer.end)) : stem;
  const parsed = QuestionInputSchema.safeParse({
    type,
    stem: blanked,
    options: type === 'judge' ? [...JUDGE_OPTIONS] : draft.options.map((option) => option.text),
    answer: resolved.answer,
    explanation: tidy(joinWrapped((draft.explanation?.parts ?? []).map(tidy))),
    tags: draft.tags ? draft.tags.raw.split(/[,，、;；\s/]+/).filter(Boolean) : [],
    difficulty: difficulty.difficulty,
  });
  if (!parsed.success) return { question: null, issues: schemaProblems(draft, parsed.error.issues) };
  return { question: parsed.data, issues: [] };
}

// ---------------------------------------------------------------------------------------------

/**
 * The questions of a paste, and every problem in it by line. A question with a problem is left out
 * (and its problems say why); a stem repeated within the paste is kept once.
 */
export function parseQuestionText(text: string): { questions: TextQuestion[]; issues: TextIssue[] } {
  if (typeof text !== 'string' || !text.trim()) return { questions: [], issues: [{ line: 1, message: EMPTY_MESSAGE }] };
  if (text.length > QUESTION_TEXT_MAX_CHARS) {
    return { questions: [], issues: [{ line: 1, message: `粘贴的内容有 ${text.length} 个字，一次最多 ${QUESTION_TEXT_MAX_CHARS} 个字，请分几次粘贴` }] };
  }
  const rawLines = text.split(/\r\n|\r|\n/);
  const reader = new Reader(rawLines, rawLines.map(classifyLine));
  reader.read();

  const questions: TextQuestion[] = [];
  const issues = [...reader.issues];
  const firstLineOf = new Map<string, number>();
  for (const draft of reader.drafts) {
    const checked = check(draft);
    issues.push(...checked.issues);
    if (!checked.question) continue;
    const key = stemKey(checked.question.stem);
    const first = firstLineOf.get(key);
    if (first !== undefined) issues.push({ line: draft.line, message: `与第 ${first} 行的题目重复，请删掉其中一道` });
    else {
      firstLineOf.set(key, draft.line);
      questions.push({ line: draft.line, question: checked.question });
    }
  }
  if (reader.drafts.length === 0 && issues.length === 0) issues.push({ line: 1, message: NOTHING_FOUND });
  issues.sort((a, b) => a.line - b.line);
  return { questions, issues };
}
