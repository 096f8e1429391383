/**
 * The scheduled worker (cron trigger, every 5 minutes): scores contest attempts whose time ran
 * out without a submit (they are also scored whenever a contest's results are read), and marks
 * feedback that missed its deadline as overdue, with an entry in its timeline; and forgets what
 * is only needed for a while (daily-limit counts of past days, retry keys, old wrong guesses,
 * login tickets of yesterday); and the notices: reminders and event changes written, what is due
 * sent to WeChat (notices/cron.ts).
 */
import { cstDate, LOGIN_LIMIT, WRONG_DIGITS_LIMIT } from '@sitebranch/shared';
import { allExpired, scoringStatements } from './contest/scoring';
import { sql } from './db/sql';
import type { Env } from './env';
import { runNoticeCron } from './notices/cron';

/** Not accepted by its accept deadline, or not resolved by the deadline in force. */
const MISSED = `overdue = 0
  AND ((status = 'submitted' AND accept_due_at < :now) OR (status IN ('accepted', 'in_progress') AND resolve_due_at < :now))`;

export function overdueStatements(d1: D1Database, now: number): D1PreparedStatement[] {
  return [
    sql(
      d1,
      `INSERT INTO feedback_events (id, feedback_id, kind, actor, note, created_at)
       SELECT lower(hex(randomblob(8))), id, 'overdue', 'system', CASE status WHEN 'submitted' THEN '超过受理时限' ELSE '超过办结时限' END, :now
       FROM feedback WHERE ${MISSED}`,
      { now },
    ),
    sql(d1, `UPDATE feedback SET overdue = 1 WHERE ${MISSED}`, { now }),
  ];
}

/** A retried submit comes back within minutes; a day later its key only links rows, so it goes. */
const RETRY_KEY_KEPT_MS = 24 * 60 * 60_000;

export function housekeepingStatements(d1: D1Database, now: number): D1PreparedStatement[] {
  const oldMinute = Math.floor(now / 60_000) - WRONG_DIGITS_LIMIT.windowMinutes;
  return [
    sql(d1, 'DELETE FROM feedback_rate WHERE day < :today', { today: cstDate(now) }),
    sql(d1, 'DELETE FROM request_counts WHERE window_start < :before', { before: now - LOGIN_LIMIT.windowMs }),
    sql(d1, 'UPDATE feedback SET dedupe_key = NULL WHERE dedupe_key IS NOT NULL AND created_at < :before', {
      before: now - RETRY_KEY_KEPT_MS,
    }),
    sql(d1, 'DELETE FROM checkin_failures WHERE minute <= :oldMinute', { oldMinute }),
    sql(d1, 'DELETE FROM checkin_event_failures WHERE minute <= :oldMinute', { oldMinute }),
    // A login ticket is over minutes after it is made; a day later it only counts for nothing.
    sql(d1, 'DELETE FROM login_tickets WHERE expires_at < :before', { before: now - RETRY_KEY_KEPT_MS }),
  ];
}

export async function runScheduled(env: Env, now = Date.now()): Promise<void> {
  await env.DB.batch([
    ...scoringStatements(env.DB, allExpired(now), now),
    ...overdueStatements(env.DB, now),
    ...housekeepingStatements(env.DB, now),
  ]);
  // After the scoring and deadlines, which must not wait on WeChat.
  await runNoticeCron(env, now);
}
