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

import { QUESTION_TEXT_MAX_CHARS, stemKey } from '../questions';
import { check } from './check';
import { classifyLine } from './classify-line';
import { EMPTY_MESSAGE, NOTHING_FOUND, Reader } from './reader';
import type { TextIssue, TextQuestion } from './types';

/**
 * The questions of a paste, and every problem in it by line. A question with a problem is left out
 * (and its problems say why); a stem repeated within the paste is kept once.
 */
export function parseQuestionText(text: string): { questions: TextQuestion[]; issues: TextIssue[] } {
  if (typeof text !== 'string' || !text.trim()) return { questions: [], issues: [{ line: 1, message: EMPTY_MESSAGE }] };
  if (text.length > QUESTION_TEXT_MAX_CHARS) {
    return {
      questions: [],
      issues: [{ line: 1, message: `粘贴的内容有 ${text.length} 个字，一次最多 ${QUESTION_TEXT_MAX_CHARS} 个字，请分几次粘贴` }],
    };
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

export { describeTextIssue, type TextIssue, type TextQuestion } from './types';
