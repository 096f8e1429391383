/**
 * Labels that start a line or a part of one (`答案：`, `【解析】`, `知识点：`, `答案A`): the words come
 * from the spreadsheet importer's header synonyms.
 */

import { QUESTION_HEADER_SYNONYMS, type QuestionHeader } from '../question-import';

export type Label = 'answer' | 'explanation' | 'tags' | 'difficulty' | 'type';

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
export const LABEL_OF = new Map<string, Label>();
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
export const LABEL_AT = new RegExp(
  `【\\s*(${LABEL_WORDS})\\s*】|\\[\\s*(${LABEL_WORDS})\\s*\\]|(^|[\\s。.?!)」”’;,])(${LABEL_WORDS})\\s*:`,
  'g',
);
/** `答案A`, `答案 AC`, `正确答案是B`, `答案为√` at the start of a line without a colon; or `答案` alone, the answer below it. */
export const BARE_ANSWER = new RegExp(`^(${ANSWER_WORDS})\\s*(?:是|为)?\\s*(?=[A-Za-z√×✓✗✔✘]|$)`);
