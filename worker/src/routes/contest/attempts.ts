/**
 * Attempts, decided on the server: drawing the questions, saving answers one by one (one D1
 * round trip each), and scoring on submit in one batch. The phone never gets an answer key
 * before the contest's rules allow (see `review`).
 */
import { endpoints, normalizeAnswer } from '@sitebranch/shared';
import { Hono } from 'hono';
import { attemptRow, attemptView } from '../../contest/attempt-view';
import { drawItems } from '../../contest/draw';
import { ownAttempt, scoreExpired, scoringStatements } from '../../contest/scoring';
import { contestPool, loadContest } from '../../db/contests';
import { newId } from '../../db/ids';
import { liveSessionUser, requireLiveSession } from '../../db/sessions';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const attemptRoutes = new Hono<AppEnv>();

/** Which branch of the contest's scope the person answers for, and their work team there. */
async function representedBranch(d1: D1Database, userId: string, contest: { regionId: string; branchId: string | null }, wanted?: string) {
  const row = await d1
    .prepare(
      `SELECT m.branch_id AS branchId, m.work_team AS workTeam FROM memberships m JOIN branches b ON b.id = m.branch_id
       WHERE m.user_id = ?1 AND b.region_id = ?2 AND m.branch_id = coalesce(?3, ?4, m.branch_id) ORDER BY m.joined_at LIMIT 1`,
    )
    .bind(userId, contest.regionId, contest.branchId, wanted ?? null)
    .first<{ branchId: string; workTeam: string | null }>();
  if (!row) throw new ApiError('forbidden', contest.branchId ? '您不是该支部的成员' : '只有本区域支部的成员可以参加');
  return row;
}

implement(attemptRoutes, endpoints.startAttempt, async ({ c, caller, params, body }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  await scoreExpired(d1, params.id, now);
  const contest = (await loadContest(d1, params.id, caller.userId, now))!;
  const resume = async (attemptId: string) => attemptView(d1, (await attemptRow(d1, attemptId, caller.userId))!, now);
  if (contest.openAttemptId) return resume(contest.openAttemptId);
  if (now < contest.opensAt) throw new ApiError('contest_not_open');
  if (now >= contest.closesAt) throw new ApiError('contest_closed');
  if (contest.attemptsUsed >= contest.attemptsAllowed) throw new ApiError('attempts_used_up', `每人最多答 ${contest.attemptsAllowed} 次，您已用完`);

  const branch = await representedBranch(d1, caller.userId, contest, body?.branchId);
  const pool = contestPool(contest);
  const optionCounts = await d1
    .prepare(`SELECT id, json_array_length(options) AS n FROM questions WHERE id IN (SELECT value FROM json_each(?1))`)
    .bind(JSON.stringify(pool.flatMap((rule) => rule.ids)))
    .all<{ id: string; n: number }>();
  const items = drawItems(pool, new Map(optionCounts.results.map((r) => [r.id, r.n])), contest.shuffleOptions === 1);
  const attemptId = newId();
  const deadline = Math.min(now + contest.timeLimitMs, contest.closesAt);
  // The attempt is inserted only if the person has none open and attempts left: parallel starts make one.
  const [inserted] = await d1.batch<{ id: string }>([
    d1
      .prepare(
        `INSERT INTO attempts (id, contest_id, user_id, branch_id, work_team, items, started_at, deadline)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8
         WHERE (SELECT count(*) FROM attempts WHERE contest_id = ?2 AND user_id = ?3) < ?9
           AND NOT EXISTS (SELECT 1 FROM attempts WHERE contest_id = ?2 AND user_id = ?3 AND submitted_at IS NULL AND deadline >= ?7)
         RETURNING id`,
      )
      .bind(attemptId, params.id, caller.userId, branch.branchId, branch.workTeam, JSON.stringify(items), now, deadline, contest.attemptsAllowed),
    d1
      .prepare(
        `INSERT INTO attempt_answers (attempt_id, question_id, position)
         SELECT ?1, j.value ->> 'id', j.key FROM json_each(?2) j WHERE EXISTS (SELECT 1 FROM attempts WHERE id = ?1)`,
      )
      .bind(attemptId, JSON.stringify(items)),
  ]);
  if (inserted!.results.length === 1) return resume(attemptId);
  const again = await loadContest(d1, params.id, caller.userId, now);
  if (again?.openAttemptId) return resume(again.openAttemptId);
  throw new ApiError('attempts_used_up', `每人最多答 ${contest.attemptsAllowed} 次，您已用完`);
});

implement(attemptRoutes, endpoints.getAttempt, async ({ c, caller, params }) => {
  const row = await attemptRow(c.env.DB, params.id, caller.userId);
  if (!row) throw new ApiError('not_found', '答题记录不存在');
  return attemptView(c.env.DB, row);
});

implement(attemptRoutes, endpoints.saveAnswer, async ({ c, caller, params, body }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const answer = normalizeAnswer(body.answer) || null;
  // One round trip: the answer, only in the caller's own attempt, still open, with this question
  // in it; and the background count the phone reports, only if that answer was saved.
  const [saved] = await d1.batch<{ questionId: string; answer: string; savedAt: number }>([
    d1
      .prepare(
        `UPDATE attempt_answers SET answer = ?3, saved_at = ?4
         WHERE attempt_id = ?1 AND question_id = ?2
           AND EXISTS (SELECT 1 FROM attempts a WHERE a.id = ?1 AND a.user_id = ?5 AND a.submitted_at IS NULL AND a.deadline >= ?4)
           AND ?5 = (${liveSessionUser('?6')})
         RETURNING question_id AS questionId, coalesce(answer, '') AS answer, saved_at AS savedAt`,
      )
      .bind(params.id, params.questionId, answer, now, caller.userId, caller.sessionId),
    d1
      .prepare(
        `UPDATE attempts SET background_count = max(background_count, ?4)
         WHERE id = ?1 AND EXISTS (SELECT 1 FROM attempt_answers WHERE attempt_id = ?1 AND question_id = ?2 AND saved_at = ?3)`,
      )
      .bind(params.id, params.questionId, now, body.backgroundCount ?? 0),
  ]);
  if (saved!.results[0]) return saved!.results[0];
  await requireLiveSession(d1, caller.sessionId, caller.userId, now);
  const row = await attemptRow(d1, params.id, caller.userId);
  if (!row) throw new ApiError('not_found', '答题记录不存在');
  if (row.submittedAt !== null || row.deadline < now) throw new ApiError('attempt_closed', row.submittedAt !== null ? '已交卷，不能再修改答案' : '答题时间已到，不能再修改答案');
  throw new ApiError('not_found', '本次答题没有这道题');
});

implement(attemptRoutes, endpoints.submitAttempt, async ({ c, caller, params, body }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const results = await d1.batch([
    ...scoringStatements(d1, ownAttempt(params.id, caller.sessionId), now, body?.backgroundCount ?? 0),
    d1
      .prepare(
        `SELECT a.id AS attemptId, a.score, c.max_score AS maxScore, a.correct_count AS correct, c.question_count AS total, a.time_used_ms AS timeUsedMs,
           a.submitted_at AS submittedAt, c.show_answers AS showAnswers, c.closes_at AS closesAt,
           (SELECT e.score FROM contest_entries e WHERE e.contest_id = a.contest_id AND e.user_id = a.user_id) AS countedScore
         FROM attempts a JOIN contests c ON c.id = a.contest_id WHERE a.id = ?1 AND a.user_id = (${liveSessionUser('?2')})`,
      )
      .bind(params.id, caller.sessionId),
  ]);
  const result = results[3]!.results[0] as
    | { attemptId: string; score: number | null; maxScore: number; correct: number; total: number; timeUsedMs: number; submittedAt: number | null; showAnswers: string; closesAt: number; countedScore: number | null }
    | undefined;
  if (!result) {
    await requireLiveSession(d1, caller.sessionId, caller.userId, now);
    throw new ApiError('not_found', '答题记录不存在');
  }
  if (result.submittedAt === null || result.score === null) throw new ApiError('attempt_closed');
  const { showAnswers, closesAt, score, countedScore, submittedAt, ...rest } = result;
  return {
    ...rest,
    score,
    submittedAt,
    countedScore: countedScore ?? score,
    reviewAvailable: showAnswers === 'after_submit' || (showAnswers === 'after_close' && now >= closesAt),
  };
});
