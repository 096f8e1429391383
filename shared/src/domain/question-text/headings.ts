/**
 * Section headings of a paper (`一、单项选择题（每题2分，共20分）`, `判断题`, `三、填空题`): the type of
 * question they give, or the kind the bank cannot hold; and the type a mark or heading names.
 */

import { type ImportedType, normalizeCell, questionTypeOf } from '../question-import';
import type { Span } from './lines';
import type { HeadingPiece } from './pieces';
import { stemAnswerIn } from './stem-answer';

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

/**
 * The type a mark or heading names. A bare 选择题 is single for the spreadsheet importer, but a paper's
 * 选择题 section often holds questions with one answer and with several: here it is 不定项.
 */
export function typeNamed(text: string): ImportedType | null {
  const type = questionTypeOf(text);
  return type === 'single' && /^选择题?$/.test(normalizeCell(text).replace(/[[\]【】()（）]/g, '')) ? 'indefinite' : type;
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
