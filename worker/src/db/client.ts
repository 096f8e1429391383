import { drizzle } from 'drizzle-orm/d1';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';
import * as schema from './schema';

export function createDatabase(d1: D1Database) {
  return drizzle(d1, { schema });
}
export type Database = ReturnType<typeof createDatabase>;

/** Puts the drizzle handle on the context, so handlers never reach for the binding themselves. */
export const databaseMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  c.set('db', createDatabase(c.env.DB));
  await next();
});
