/**
 * Personal check-in codes (我的签到码): a person's phone draws a code that changes every minute
 * from a key only they receive; an organizer scans it to check them in.
 */
import {
  PERSONAL_ACCEPT_MS,
  PERSONAL_WINDOW_MS,
  checkPersonalToken,
  derivePersonalKey,
  endpoints,
  parsePersonalToken,
} from '@sitebranch/shared';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { secret } from '../../auth/secrets';
import { assertCheckinOpen, checkInChosen } from '../../db/attendance';
import { checkins, events, memberships, users } from '../../db/schema';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const personalCodeRoutes = new Hono<AppEnv>();

implement(personalCodeRoutes, endpoints.getPersonalCode, async ({ c, caller }) => ({
  userId: caller.userId,
  // Its own prefix ("person:") keeps it apart from event keys and session signatures.
  key: derivePersonalKey(secret(c.env, 'CHECKIN_SECRET'), caller.userId),
  windowMs: PERSONAL_WINDOW_MS,
  acceptMs: PERSONAL_ACCEPT_MS,
  serverTime: Date.now(),
}));

implement(personalCodeRoutes, endpoints.personalCheckIn, async ({ c, caller, params, body }) => {
  const now = Date.now();
  const claim = parsePersonalToken(body.code);
  if (!claim) throw new ApiError('code_invalid', '这不是个人签到码，请扫描对方“我的签到码”页面上的二维码');
  const verdict = checkPersonalToken(derivePersonalKey(secret(c.env, 'CHECKIN_SECRET'), claim.userId), body.code, now);
  if (verdict === 'invalid') throw new ApiError('code_invalid', '个人签到码无效，请让对方重新打开“我的签到码”');
  if (verdict === 'expired') throw new ApiError('code_expired', '个人签到码已过期，请让对方刷新后再扫');

  const db = c.get('db');
  await assertCheckinOpen(db, params.id, now);
  const result = await checkInChosen(c.env.DB, params.id, { userIds: [claim.userId] }, 'personal_code', caller.userId, now);
  const row = await db
    .select({
      name: users.name,
      role: memberships.role,
      method: checkins.method,
      checkedInAt: checkins.checkedInAt,
      late: checkins.late,
      offline: checkins.offline,
      status: checkins.status,
    })
    .from(users)
    .innerJoin(events, eq(events.id, params.id))
    .leftJoin(memberships, and(eq(memberships.branchId, events.branchId), eq(memberships.userId, users.id)))
    .leftJoin(checkins, and(eq(checkins.eventId, events.id), eq(checkins.userId, users.id)))
    .where(eq(users.id, claim.userId))
    .get();
  if (!row?.role) throw new ApiError('forbidden', `${row?.name ?? '此人'}不是本支部的成员`);
  if (row.method === null || row.checkedInAt === null || row.status === null) {
    throw new ApiError(row.role === 'masses' ? 'members_only' : 'validation_failed', `${row.name ?? '此人'}不在本活动的应到名单里`);
  }
  return {
    checkin: {
      eventId: params.id,
      userId: claim.userId,
      method: row.method,
      checkedInAt: row.checkedInAt,
      late: row.late === true,
      offline: row.offline === true,
      status: row.status,
    },
    alreadyCheckedIn: result.added === 0,
    name: row.name,
  };
});
