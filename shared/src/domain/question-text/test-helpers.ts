/** Helpers the tests of `parseQuestionText` share, to write pastes and read the results by what was pasted. */

import { parseQuestionText, type TextIssue } from './index';

/** The lines of a paste, as one text. */
export const lines = (...text: string[]) => text.join('\n');

/** Each question as [line, type, stem, options, answer], to read the tests by what was pasted. */
export const read = (text: string) =>
  parseQuestionText(text).questions.map(({ line, question: q }) => [line, q.type, q.stem, q.options, q.answer]);
export const issuesOf = (text: string): TextIssue[] => parseQuestionText(text).issues;
