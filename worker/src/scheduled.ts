/**
 * The scheduled worker (cron trigger, every 5 minutes): scores contest attempts whose time ran
 * out without a submit, so leaderboards and analysis are right even if nobody opens them.
 * (They are also scored on demand whenever a contest's results are read.)
 */
import { allExpired, scoringStatements } from './contest/scoring';
import type { Env } from './env';

export async function runScheduled(env: Env, now = Date.now()): Promise<void> {
  await env.DB.batch(scoringStatements(env.DB, allExpired(now), now));
}
