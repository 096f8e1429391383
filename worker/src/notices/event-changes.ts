/**
 * An event moved or cancelled: its own update and the notices to its watchers in one batch, so
 * either both are written or neither is. The update marks the event (`watch_dirty`); the notice
 * statements, the same the cron runs, read the mark in the same transaction and clear it.
 */
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { templateIds } from './dispatch';
import { eventNoticeStatements } from './event-notices';

/** A drizzle statement as D1 takes it, to run in a batch with hand-written ones. */
export function asD1(d1: D1Database, query: { toSQL(): { sql: string; params: unknown[] } }): D1PreparedStatement {
  const { sql, params } = query.toSQL();
  return d1.prepare(sql).bind(...params);
}

export async function changeEventTellingWatchers(c: Context<AppEnv>, update: D1PreparedStatement, now: number): Promise<void> {
  await c.env.DB.batch([update, ...eventNoticeStatements(c.env.DB, templateIds(c.env), now)]);
}
