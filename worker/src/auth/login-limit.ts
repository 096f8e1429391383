/**
 * The per-address limit on WeChat logins (`LOGIN_LIMIT`). Counted before WeChat is asked, in one
 * statement: the count goes up only while it is under the limit, so requests at once cannot pass it.
 * The address is kept only as a keyed hash, within its window.
 */
import { hmacSha256Hex, LOGIN_LIMIT } from '@sitebranch/shared';
import { sql } from '../db/sql';
import { ApiError } from '../http/errors';

export async function countLogin(d1: D1Database, sessionSecret: string, address: string, now: number): Promise<void> {
  const windowStart = now - (now % LOGIN_LIMIT.windowMs);
  const key = hmacSha256Hex(sessionSecret, `login-address:${address}`);
  const counted = await sql(
    d1,
    `INSERT INTO request_counts (key, window_start, count) VALUES (:key, :windowStart, 1)
     ON CONFLICT (key, window_start) DO UPDATE SET count = count + 1 WHERE count < :limit
     RETURNING count`,
    { key, windowStart, limit: LOGIN_LIMIT.perAddress },
  ).first();
  if (!counted) throw new ApiError('too_many_logins');
}
