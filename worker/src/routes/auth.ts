import { endpoints } from '@sitebranch/shared';
import { Hono, type Context } from 'hono';
import { issueSession, requireSecret, sessionTtlMs } from '../auth/session';
import { exchangeWechatCode } from '../auth/wechat';
import { upsertUserByOpenid } from '../db/users';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { implement } from '../http/implement';

export const authRoutes = new Hono<AppEnv>();

function newSession(c: Context<AppEnv>, userId: string) {
  return issueSession(requireSecret(c.env.SESSION_SECRET), userId, sessionTtlMs(c.env.SESSION_TTL_HOURS));
}

implement(authRoutes, endpoints.wechatLogin, async ({ c, body }) => {
  requireSecret(c.env.SESSION_SECRET);
  const { openid } = await exchangeWechatCode(c.env.WECHAT_APPID, c.env.WECHAT_SECRET, body.code);
  const { user, isNewUser } = await upsertUserByOpenid(c.get('db'), openid, null);
  return { ...(await newSession(c, user.id)), user, isNewUser };
});

// Off unless the local config says so: a deployed worker answers as if the route did not exist.
authRoutes.use(endpoints.devLogin.path, async (c, next) => {
  if (c.env.DEV_LOGIN !== 'on') throw new ApiError('not_found', `接口不存在：${c.req.method} ${c.req.path}`);
  await next();
});

implement(authRoutes, endpoints.devLogin, async ({ c, body }) => {
  const { user, isNewUser } = await upsertUserByOpenid(c.get('db'), `dev:${body.name}`, body.name);
  return { ...(await newSession(c, user.id)), user, isNewUser };
});

implement(authRoutes, endpoints.refreshSession, async ({ c, caller }) => newSession(c, caller.userId));
