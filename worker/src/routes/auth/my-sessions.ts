/** 我的 → 登录设备: the person's live sessions, and 退出 for any one of them (a computer left logged in). */
import { endpoints, type DeviceSession } from '@sitebranch/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const mySessionRoutes = new Hono<AppEnv>();

implement(mySessionRoutes, endpoints.listMySessions, async ({ c, caller }) => {
  const { results } = await c.env.DB.prepare(
    `SELECT id, kind, device, area, created_at AS createdAt, expires_at AS expiresAt FROM sessions
     WHERE user_id = ?1 AND revoked_at IS NULL AND expires_at > ?2 ORDER BY created_at DESC LIMIT 50`,
  )
    .bind(caller.userId, Date.now())
    .all<Omit<DeviceSession, 'current'>>();
  return { sessions: results.map((s) => ({ ...s, current: s.id === caller.sessionId })) };
});

// Only the caller's own sessions: another person's session id is answered as not found.
implement(mySessionRoutes, endpoints.endMySession, async ({ c, params, caller }) => {
  const [, mine] = await c.env.DB.batch([
    c.env.DB.prepare('UPDATE sessions SET revoked_at = ?3 WHERE id = ?1 AND user_id = ?2 AND revoked_at IS NULL').bind(params.id, caller.userId, Date.now()),
    c.env.DB.prepare('SELECT 1 AS found FROM sessions WHERE id = ?1 AND user_id = ?2').bind(params.id, caller.userId),
  ]);
  if (!mine!.results.length) throw new ApiError('not_found', '这个登录不存在，或不是您的');
});
