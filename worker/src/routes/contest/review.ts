/** Reviewing one's own attempt: the right answers and explanations, when the contest's rules allow. */
import { endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import { attemptContent, attemptRow, orderedOptions } from '../../contest/attempt-view';
import type { AttemptItem } from '../../db/contest-schema';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const reviewRoutes = new Hono<AppEnv>();

implement(reviewRoutes, endpoints.reviewAttempt, async ({ c, caller, params }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const row = await attemptRow(d1, params.id, caller.userId);
  if (!row) throw new ApiError('not_found', '答题记录不存在');
  if (row.submittedAt === null || row.score === null) throw new ApiError('forbidden', '交卷后才能查看答案');
  if (row.showAnswers === 'never') throw new ApiError('forbidden', '本竞赛不公布答案');
  if (row.showAnswers === 'after_close' && now < row.closesAt) throw new ApiError('forbidden', '答案将在竞赛结束后公布');

  const items = JSON.parse(row.items) as AttemptItem[];
  const { questions, answers } = await attemptContent(d1, row.id, items);
  return {
    attemptId: row.id,
    score: row.score,
    maxScore: row.maxScore,
    questions: items.map((item) => {
      const q = questions.get(item.id)!;
      const saved = answers.get(q.id);
      return {
        id: q.id,
        type: q.type,
        stem: q.stem,
        options: orderedOptions(q, item.order),
        given: saved?.answer ?? null,
        answer: q.answer,
        correct: saved?.correct === 1,
        points: saved?.points ?? 0,
        explanation: q.explanation,
      };
    }),
  };
});
