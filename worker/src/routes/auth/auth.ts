import { endpoints } from '@sitebranch/shared';
import type { SessionKind } from '@sitebranch/shared';
import { Hono, type Context } from 'hono';
import { countLogin } from '../../auth/login-limit';
import { secret } from '../../auth/secrets';
import { SESSION_LIFETIME_MS, tokenForSession } from '../../auth/session';
import { exchangeWechatCode } from '../../auth/wechat';
import { openSession, requireLiveSession, revokeSession } from '../../db/sessions';
import { upsertUserByOpenid } from '../../db/users';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const authRoutes = new Hono<AppEnv>();

async function logIn(c: Context<AppEnv>, userId: string, kind: SessionKind) {
  return tokenForSession(c.env, userId, await openSession(c.env.DB, userId, kind, SESSION_LIFETIME_MS));
}

implement(authRoutes, endpoints.wechatLogin, async ({ c, body }) => {
  await countLogin(c.env.DB, secret(c.env, 'SESSION_SECRET'), c.req.header('cf-connecting-ip') ?? 'unknown', Date.now());
  const { openid } = await exchangeWechatCode(c.env.WECHAT_APPID, c.env.WECHAT_SECRET, body.code);
  const { user, isNewUser } = await upsertUserByOpenid(c.get('db'), openid, null);
  return { ...(await logIn(c, user.id, 'wechat')), user, isNewUser };
});

// Off unless the local config says so: a deployed worker answers as if the route did not exist.
authRoutes.use(endpoints.devLogin.path, async (c, next) => {
  if (c.env.DEV_LOGIN !== 'on') throw new ApiError('not_found', `接口不存在：${c.req.method} ${c.req.path}`);
  await next();
});

implement(authRoutes, endpoints.devLogin, async ({ c, body }) => {
  const { user, isNewUser } = await upsertUserByOpenid(c.get('db'), `dev:${body.name}`, body.name);
  return { ...(await logIn(c, user.id, 'dev')), user, isNewUser };
});

// The same session goes on: a renewed token ends no later than the session itself.
implement(authRoutes, endpoints.refreshSession, async ({ c, caller }) => {
  const { expiresAt } = await requireLiveSession(c.env.DB, caller.sessionId, caller.userId);
  return tokenForSession(c.env, caller.userId, { id: caller.sessionId, expiresAt });
});

implement(authRoutes, endpoints.logout, async ({ c, caller }) => {
  await revokeSession(c.env.DB, caller.sessionId);
});
