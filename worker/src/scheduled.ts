/**
 * The scheduled worker (cron trigger, every 5 minutes): scores contest attempts whose time ran
 * out without a submit (they are also scored whenever a contest's results are read), and marks
 * feedback that missed its deadline as overdue, with an entry in its timeline.
 */
import { allExpired, scoringStatements } from './contest/scoring';
import type { Env } from './env';

/** Not accepted by its accept deadline, or not resolved by the deadline in force. */
const MISSED = `overdue = 0 AND ((status = 'submitted' AND accept_due_at < ?1) OR (status IN ('accepted', 'in_progress') AND resolve_due_at < ?1))`;

export function overdueStatements(d1: D1Database, now: number): D1PreparedStatement[] {
  return [
    d1
      .prepare(
        `INSERT INTO feedback_events (id, feedback_id, kind, actor, note, created_at)
         SELECT lower(hex(randomblob(8))), id, 'overdue', 'system', CASE status WHEN 'submitted' THEN '超过受理时限' ELSE '超过办结时限' END, ?1
         FROM feedback WHERE ${MISSED}`,
      )
      .bind(now),
    d1.prepare(`UPDATE feedback SET overdue = 1 WHERE ${MISSED}`).bind(now),
  ];
}

export async function runScheduled(env: Env, now = Date.now()): Promise<void> {
  await env.DB.batch([...scoringStatements(env.DB, allExpired(now), now), ...overdueStatements(env.DB, now)]);
}
