/**
 * Scoring attempts, in one D1 batch (one transaction): mark each answer right or wrong (multiple
 * choice all-or-nothing), total the attempt, and keep the score that counts for the person (best
 * or last) in `contest_entries`, which is all the leaderboards read. Every statement touches only
 * the attempts being scored, so a submit reads the same few rows however big the contest is.
 */

import { liveSessionUser } from '../db/sessions';
import { first, sql, type SqlParams } from '../db/sql';

/** Which open attempts a scoring batch closes: a condition on `a` with its own named values; :now is the time of scoring. */
type Which = { sql: string; params: SqlParams };

/** The caller's own attempt, when they submit it: :sessionId is their session, which must still be live (not logged out). */
export const ownAttempt = (attemptId: string, sessionId: string): Which => ({
  sql: `a.id = :attemptId AND a.user_id = (${liveSessionUser(':sessionId')})`,
  params: { attemptId, sessionId },
});
/** The attempts of a contest whose time ran out without a submit (scored with what was saved). */
export const expiredOf = (contestId: string, now: number): Which => ({
  sql: 'a.contest_id = :contestId AND a.deadline < :expiredBefore',
  params: { contestId, expiredBefore: now },
});
/** Every attempt whose time ran out, in any contest (the scheduled sweep). */
export const allExpired = (now: number): Which => ({ sql: 'a.deadline < :expiredBefore', params: { expiredBefore: now } });

/** An answer saved sooner than this after the previous one was not read: 1 s plus 40 ms a character. */
const READ_MS = { base: 1000, perChar: 40 };

export function scoringStatements(d1: D1Database, which: Which, now: number, backgroundCount = 0): D1PreparedStatement[] {
  const open = `${which.sql} AND a.submitted_at IS NULL`;
  // Each statement is bound with exactly the parameters it uses (sql() refuses extra ones, as D1 does).
  return [
    sql(
      d1,
      `UPDATE attempt_answers AS aa
       SET correct = coalesce(aa.answer = q.answer, 0),
           points = CASE WHEN aa.answer = q.answer THEN json_extract(c.points, '$.' || q.type) ELSE 0 END
       FROM attempts a, contests c, questions q
       WHERE a.id = aa.attempt_id AND c.id = a.contest_id AND q.id = aa.question_id AND ${open}`,
      which.params,
    ),
    sql(
      d1,
      `UPDATE attempts AS a
       SET submitted_at = :now,
           score = (SELECT coalesce(sum(points), 0) FROM attempt_answers WHERE attempt_id = a.id),
           correct_count = (SELECT count(*) FROM attempt_answers WHERE attempt_id = a.id AND correct = 1),
           time_used_ms = min(:now, a.deadline) - a.started_at,
           background_count = max(a.background_count, :backgroundCount),
           fast_answers = (SELECT count(*) FROM (
             SELECT aa.saved_at - coalesce(lag(aa.saved_at) OVER (ORDER BY aa.saved_at), a.started_at) AS gap, length(q.stem) AS chars
             FROM attempt_answers aa JOIN questions q ON q.id = aa.question_id
             WHERE aa.attempt_id = a.id AND aa.saved_at IS NOT NULL)
           WHERE gap < ${READ_MS.base} + chars * ${READ_MS.perChar})
       WHERE ${open}`,
      { ...which.params, now, backgroundCount },
    ),
    sql(
      d1,
      `INSERT INTO contest_entries (contest_id, user_id, branch_id, work_team, score, time_used_ms, attempt_id, updated_at)
       SELECT a.contest_id, a.user_id, a.branch_id, a.work_team, a.score, a.time_used_ms, a.id, :now
       FROM attempts a WHERE ${which.sql} AND a.submitted_at = :now
       ON CONFLICT (contest_id, user_id) DO UPDATE SET
         score = excluded.score, time_used_ms = excluded.time_used_ms, attempt_id = excluded.attempt_id,
         branch_id = excluded.branch_id, work_team = excluded.work_team, updated_at = excluded.updated_at
       WHERE (SELECT counts FROM contests WHERE id = excluded.contest_id) = 'last'
         OR excluded.score > contest_entries.score
         OR (excluded.score = contest_entries.score AND excluded.time_used_ms < contest_entries.time_used_ms)`,
      { ...which.params, now },
    ),
  ];
}

/** Scores the attempts of a contest that ran out of time; cheap when there are none (an index lookup). */
export async function scoreExpired(d1: D1Database, contestId: string, now = Date.now()): Promise<void> {
  // Most calls find nothing to score: one indexed read, and the write batch only when there is.
  const expired = await first<{ id: string }>(
    sql(d1, 'SELECT id FROM attempts WHERE contest_id = :contestId AND submitted_at IS NULL AND deadline < :now LIMIT 1', {
      contestId,
      now,
    }),
  );
  if (expired) await d1.batch(scoringStatements(d1, expiredOf(contestId, now), now));
}
