import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';

/** Tags each request with an id that is returned in `X-Request-Id` and in every error body, to find it in the logs. */
export const requestIdMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  const requestId = c.req.header('cf-ray') ?? crypto.randomUUID();
  c.set('requestId', requestId);
  await next();
  c.header('X-Request-Id', requestId);
});
