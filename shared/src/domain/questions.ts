/**
 * Questions of the knowledge contest (党建知识竞赛): their types, how answers are written, and
 * how one answer is scored. Pure, shared by the worker (scoring, import) and the app.
 */

import { isPunctuationOrSymbol } from './characters';

export const QUESTION_TYPES = ['single', 'multiple', 'judge'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = { single: '单选题', multiple: '多选题', judge: '判断题' };

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: '易', medium: '中', hard: '难' };

/** Tags that organizers pick from (others may be typed in). */
export const SUGGESTED_TAGS = ['党章党规', '党史', '理论学习', '安全生产', '廉洁从业', '工会与劳动权益'] as const;

/** Options are lettered A–F; a judge question's options are always these two. */
export const OPTION_LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
export const JUDGE_OPTIONS = ['正确', '错误'] as const;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 6;

/**
 * An answer is the letters of the chosen options in alphabetical order: "B" for a single choice,
 * "ACD" for a multiple choice, "A" (正确) or "B" (错误) for true/false.
 */
export function normalizeAnswer(letters: string): string {
  return [...new Set(letters.toUpperCase().replace(/[^A-F]/g, ''))].sort().join('');
}

/** Whether an answer is well formed for a question of this type with this many options. */
export function isValidAnswer(type: QuestionType, answer: string, optionCount: number): boolean {
  if (answer !== normalizeAnswer(answer) || answer.length === 0) return false;
  if ([...answer].some((letter) => OPTION_LETTERS.indexOf(letter as never) >= optionCount)) return false;
  if (type === 'multiple') return answer.length >= 2;
  return answer.length === 1;
}

/** Multiple choice is all-or-nothing: every right option and no wrong one. */
export function isCorrect(given: string | null | undefined, answer: string): boolean {
  return given !== null && given !== undefined && normalizeAnswer(given) === answer;
}

const SPACE = /\s/;

/** The text a duplicate check compares: no spaces or punctuation, full-width folded. */
export function stemKey(stem: string): string {
  const kept = Array.from(stem.normalize('NFKC')).filter((char) => !SPACE.test(char) && !isPunctuationOrSymbol(char));
  return kept.join('').toLowerCase();
}

/** An imported question file: at most this many questions, and this many bytes. */
export const IMPORT_MAX_ROWS = 5000;
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Questions pasted as text (文本导入): at most this many characters (5,000 questions of 40 characters is about this). */
export const QUESTION_TEXT_MAX_CHARS = 200_000;

/** One problem of an imported file, by row and column. */
export interface ImportIssue {
  row: number;
  column: string;
  message: string;
}

/** A problem of pasted text (文本导入) is by line: its column is this. */
export const TEXT_LINE_COLUMN = '文本';

/** "行 12，答案列：选项 E 不存在"; 文件 and 表头 are not columns; pasted text says "第 12 行：…". */
export function describeIssue(issue: ImportIssue): string {
  if (issue.column === TEXT_LINE_COLUMN) return `第 ${issue.row} 行：${issue.message}`;
  const column = issue.column.endsWith('列') || issue.column === '文件' || issue.column === '表头' ? issue.column : `${issue.column}列`;
  return `行 ${issue.row}，${column}：${issue.message}`;
}
