/** Session rows: opened at login, read to check one is still live, revoked at logout. */
import type { SessionKind } from '@sitebranch/shared';
import { ApiError } from '../http/errors';
import { newId } from './ids';
import { first, sql } from './sql';

/** Opens a session that ends at `now + lifetimeMs` whatever happens. */
export async function openSession(d1: D1Database, userId: string, kind: SessionKind, lifetimeMs: number, now = Date.now()) {
  const id = newId();
  const expiresAt = now + lifetimeMs;
  const statement = 'INSERT INTO sessions (id, user_id, kind, created_at, expires_at) VALUES (:id, :userId, :kind, :now, :expiresAt)';
  await sql(d1, statement, { id, userId, kind, now, expiresAt }).run();
  return { id, expiresAt };
}

/** The session's absolute end; 401 when it was revoked, has ended or is not this user's. */
export async function requireLiveSession(
  d1: D1Database,
  sessionId: string,
  userId: string,
  now = Date.now(),
): Promise<{ expiresAt: number }> {
  const row = await first<{ expiresAt: number; revokedAt: number | null }>(
    sql(d1, 'SELECT expires_at, revoked_at FROM sessions WHERE id = :sessionId AND user_id = :userId', { sessionId, userId }),
  );
  if (!row || row.revokedAt !== null) throw new ApiError('unauthenticated', '您已退出登录，请重新登录');
  if (row.expiresAt <= now) throw new ApiError('session_expired');
  return { expiresAt: row.expiresAt };
}

/** Ends a session for good: its tokens stop working at once, refreshed ones too. */
export async function revokeSession(d1: D1Database, sessionId: string, now = Date.now()): Promise<void> {
  await sql(d1, 'UPDATE sessions SET revoked_at = :now WHERE id = :sessionId AND revoked_at IS NULL', { sessionId, now }).run();
}

/**
 * SQL for hot writes that check the session inside their own statement (one round trip): the
 * user id of the live session named by a parameter, or NULL, so
 * `user_id = (${liveSessionUser(':sessionId')})` matches nothing once revoked.
 */
export const liveSessionUser = (param: `:${string}`) => `SELECT user_id FROM sessions WHERE id = ${param} AND revoked_at IS NULL`;
