import type { Difficulty, QuestionType } from '../questions';

export interface TextQuestion {
  /** 1-based line of the stem (its number, or its first line when it has none). */
  line: number;
  question: {
    type: QuestionType;
    stem: string;
    options: string[];
    answer: string;
    explanation: string;
    tags: string[];
    difficulty: Difficulty;
  };
}

/** One problem of a paste: the line to look at, and what is wrong there and how to fix it. */
export interface TextIssue {
  line: number;
  message: string;
}

/** "第 12 行：这道题没有找到答案…". */
export function describeTextIssue(issue: TextIssue): string {
  return `第 ${issue.line} 行：${issue.message}`;
}
