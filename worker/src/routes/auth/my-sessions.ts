/** 我的 → 登录设备: the person's live sessions, and 退出 for any one of them (a computer left logged in). */
import { endpoints, type DeviceSession } from '@sitebranch/shared';
import { Hono } from 'hono';
import { all, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const mySessionRoutes = new Hono<AppEnv>();

implement(mySessionRoutes, endpoints.listMySessions, async ({ c, caller }) => {
  const sessions = await all<Omit<DeviceSession, 'current'>>(
    sql(
      c.env.DB,
      `SELECT id, kind, device, area, created_at, expires_at FROM sessions
     WHERE user_id = :userId AND revoked_at IS NULL AND expires_at > :now ORDER BY created_at DESC LIMIT 50`,
      { userId: caller.userId, now: Date.now() },
    ),
  );
  return { sessions: sessions.map((s) => ({ ...s, current: s.id === caller.sessionId })) };
});

// Only the caller's own sessions: another person's session id is answered as not found.
implement(mySessionRoutes, endpoints.endMySession, async ({ c, params, caller }) => {
  const session = { id: params.id, userId: caller.userId };
  const [, mine] = await c.env.DB.batch([
    sql(c.env.DB, 'UPDATE sessions SET revoked_at = :now WHERE id = :id AND user_id = :userId AND revoked_at IS NULL', {
      ...session,
      now: Date.now(),
    }),
    sql(c.env.DB, 'SELECT 1 AS found FROM sessions WHERE id = :id AND user_id = :userId', session),
  ]);
  if (!mine!.results.length) throw new ApiError('not_found', '这个登录不存在，或不是您的');
});
