/** An attempt as the phone gets it: its questions in order, options in this attempt's order, no answers. */
import type { QuestionType, ResponseOf, endpoints } from '@sitebranch/shared';
import type { AttemptItem } from '../db/contest-schema';
import { camelRows, first, sql } from '../db/sql';

type Attempt = ResponseOf<typeof endpoints.getAttempt>;

export interface AttemptRow {
  id: string;
  contestId: string;
  userId: string;
  items: string;
  startedAt: number;
  deadline: number;
  submittedAt: number | null;
  points: string;
  showAnswers: 'after_submit' | 'after_close' | 'never';
  closesAt: number;
  score: number | null;
  maxScore: number;
}

/** Reads an attempt of `userId` with its contest's rules; null when there is none (or it is someone else's). */
export function attemptRow(d1: D1Database, attemptId: string, userId: string) {
  return first<AttemptRow>(
    sql(
      d1,
      `SELECT a.id, a.contest_id, a.user_id, a.items, a.started_at, a.deadline, a.submitted_at,
       a.score, c.points, c.show_answers, c.closes_at, c.max_score
     FROM attempts a JOIN contests c ON c.id = a.contest_id WHERE a.id = :attemptId AND a.user_id = :userId`,
      { attemptId, userId },
    ),
  );
}

export type QuestionRow = { id: string; type: QuestionType; stem: string; options: string; answer: string; explanation: string };
type AnswerRow = { questionId: string; answer: string | null; correct: number | null; points: number | null };

/** The attempt's questions and the answers saved so far, in one batch. */
export async function attemptContent(d1: D1Database, attemptId: string, items: AttemptItem[]) {
  const [questions, answers] = await d1.batch<Record<string, unknown>>([
    sql(d1, `SELECT id, type, stem, options, answer, explanation FROM questions WHERE id IN (SELECT value FROM json_each(:ids))`, {
      ids: JSON.stringify(items.map((i) => i.id)),
    }),
    sql(d1, `SELECT question_id, answer, correct, points FROM attempt_answers WHERE attempt_id = :attemptId`, { attemptId }),
  ]);
  return {
    questions: new Map((questions!.results as QuestionRow[]).map((q) => [q.id, q])),
    answers: new Map(camelRows<AnswerRow>(answers!.results).map((a) => [a.questionId, a])),
  };
}

/** The options of a question in the attempt's order, each with the letter answers use. */
export function orderedOptions(question: QuestionRow, order: string) {
  const texts = JSON.parse(question.options) as string[];
  return [...order].map((key) => ({ key, text: texts[key.charCodeAt(0) - 65] ?? '' }));
}

export async function attemptView(d1: D1Database, row: AttemptRow, now = Date.now()): Promise<Attempt> {
  const items = JSON.parse(row.items) as AttemptItem[];
  const points = JSON.parse(row.points) as Record<QuestionType, number>;
  const { questions, answers } = await attemptContent(d1, row.id, items);
  return {
    id: row.id,
    contestId: row.contestId,
    startedAt: row.startedAt,
    deadline: row.deadline,
    serverTime: now,
    submittedAt: row.submittedAt,
    questions: items.map((item) => {
      const q = questions.get(item.id)!;
      return {
        id: q.id,
        type: q.type,
        stem: q.stem,
        options: orderedOptions(q, item.order),
        points: points[q.type],
        saved: answers.get(q.id)?.answer ?? null,
      };
    }),
  };
}
