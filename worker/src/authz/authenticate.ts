import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { secret } from '../auth/secrets';
import { verifySessionToken, type SessionClaim } from '../auth/session';

/** The user and session from `Authorization: Bearer <token>` (signature and expiry only), or null when the request carries none. */
export async function authenticate(c: Context<AppEnv>): Promise<SessionClaim | null> {
  const header = c.req.header('authorization');
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match?.[1]) throw new ApiError('unauthenticated', '登录信息格式不正确，请重新登录');
  return verifySessionToken(secret(c.env, 'SESSION_SECRET'), match[1]);
}
