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
import { all, camelRow, first, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const attemptRoutes = new Hono<AppEnv>();

/** Which branch of the contest's scope the person answers for, and their work team there. */
async function representedBranch(d1: D1Database, userId: string, contest: { regionId: string; branchId: string | null }, wanted?: string) {
  const row = await first<{ branchId: string; workTeam: string | null }>(
    sql(
      d1,
      `SELECT m.branch_id, m.work_team FROM memberships m JOIN branches b ON b.id = m.branch_id
     WHERE m.user_id = :userId AND b.region_id = :regionId AND m.branch_id = coalesce(:contestBranchId, :wanted, m.branch_id)
     ORDER BY m.joined_at LIMIT 1`,
      { userId, regionId: contest.regionId, contestBranchId: contest.branchId, wanted: wanted ?? null },
    ),
  );
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
  if (contest.attemptsUsed >= contest.attemptsAllowed)
    throw new ApiError('attempts_used_up', `每人最多答 ${contest.attemptsAllowed} 次，您已用完`);

  const branch = await representedBranch(d1, caller.userId, contest, body?.branchId);
  const pool = contestPool(contest);
  const optionCounts = await all<{ id: string; n: number }>(
    sql(d1, `SELECT id, json_array_length(options) AS n FROM questions WHERE id IN (SELECT value FROM json_each(:ids))`, {
      ids: JSON.stringify(pool.flatMap((rule) => rule.ids)),
    }),
  );
  const items = drawItems(pool, new Map(optionCounts.map((r) => [r.id, r.n])), contest.shuffleOptions === 1);
  const attemptId = newId();
  const deadline = Math.min(now + contest.timeLimitMs, contest.closesAt);
  // The attempt is inserted only if the person has none open and attempts left: parallel starts make one.
  const [inserted] = await d1.batch<{ id: string }>([
    sql(
      d1,
      `INSERT INTO attempts (id, contest_id, user_id, branch_id, work_team, items, started_at, deadline)
       SELECT :attemptId, :contestId, :userId, :branchId, :workTeam, :items, :now, :deadline
       WHERE (SELECT count(*) FROM attempts WHERE contest_id = :contestId AND user_id = :userId) < :attemptsAllowed
         AND NOT EXISTS (SELECT 1 FROM attempts
           WHERE contest_id = :contestId AND user_id = :userId AND submitted_at IS NULL AND deadline >= :now)
       RETURNING id`,
      {
        attemptId,
        contestId: params.id,
        userId: caller.userId,
        branchId: branch.branchId,
        workTeam: branch.workTeam,
        items: JSON.stringify(items),
        now,
        deadline,
        attemptsAllowed: contest.attemptsAllowed,
      },
    ),
    sql(
      d1,
      `INSERT INTO attempt_answers (attempt_id, question_id, position)
       SELECT :attemptId, j.value ->> 'id', j.key FROM json_each(:items) j WHERE EXISTS (SELECT 1 FROM attempts WHERE id = :attemptId)`,
      { attemptId, items: JSON.stringify(items) },
    ),
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
  const [saved] = await d1.batch<Record<string, unknown>>([
    sql(
      d1,
      `UPDATE attempt_answers SET answer = :answer, saved_at = :now
       WHERE attempt_id = :attemptId AND question_id = :questionId
         AND EXISTS (SELECT 1 FROM attempts a
           WHERE a.id = :attemptId AND a.user_id = :userId AND a.submitted_at IS NULL AND a.deadline >= :now)
         AND :userId = (${liveSessionUser(':sessionId')})
       RETURNING question_id, coalesce(answer, '') AS answer, saved_at`,
      { attemptId: params.id, questionId: params.questionId, answer, now, userId: caller.userId, sessionId: caller.sessionId },
    ),
    sql(
      d1,
      `UPDATE attempts SET background_count = max(background_count, :backgroundCount)
       WHERE id = :attemptId
         AND EXISTS (SELECT 1 FROM attempt_answers WHERE attempt_id = :attemptId AND question_id = :questionId AND saved_at = :now)`,
      { attemptId: params.id, questionId: params.questionId, now, backgroundCount: body.backgroundCount ?? 0 },
    ),
  ]);
  const savedRow = saved!.results[0];
  if (savedRow) return camelRow<{ questionId: string; answer: string; savedAt: number }>(savedRow);
  await requireLiveSession(d1, caller.sessionId, caller.userId, now);
  const row = await attemptRow(d1, params.id, caller.userId);
  if (!row) throw new ApiError('not_found', '答题记录不存在');
  if (row.submittedAt !== null || row.deadline < now)
    throw new ApiError('attempt_closed', row.submittedAt !== null ? '已交卷，不能再修改答案' : '答题时间已到，不能再修改答案');
  throw new ApiError('not_found', '本次答题没有这道题');
});

implement(attemptRoutes, endpoints.submitAttempt, async ({ c, caller, params, body }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const own = ownAttempt(params.id, caller.sessionId);
  const results = await d1.batch<Record<string, unknown>>([
    ...scoringStatements(d1, own, now, body?.backgroundCount ?? 0),
    sql(
      d1,
      `SELECT a.id AS attempt_id, a.score, c.max_score, a.correct_count AS correct, c.question_count AS total, a.time_used_ms,
         a.submitted_at, c.show_answers, c.closes_at,
         (SELECT e.score FROM contest_entries e WHERE e.contest_id = a.contest_id AND e.user_id = a.user_id) AS counted_score
       FROM attempts a JOIN contests c ON c.id = a.contest_id WHERE ${own.sql}`,
      own.params,
    ),
  ]);
  const resultRow = results[3]!.results[0];
  const result = resultRow
    ? camelRow<{
        attemptId: string;
        score: number | null;
        maxScore: number;
        correct: number;
        total: number;
        timeUsedMs: number;
        submittedAt: number | null;
        showAnswers: string;
        closesAt: number;
        countedScore: number | null;
      }>(resultRow)
    : undefined;
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
