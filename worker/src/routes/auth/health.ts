import { endpoints } from '@sitebranch/shared';
import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { implement } from '../../http/implement';

export const healthRoutes = new Hono<AppEnv>();

implement(healthRoutes, endpoints.health, async ({ c }) => {
  await c.get('db').run(sql`SELECT 1`);
  return { status: 'ok', time: Date.now(), database: 'ok' } as const;
});
