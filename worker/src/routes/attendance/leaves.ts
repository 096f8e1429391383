/** Leave (请假) before an event, and make-up check-in (补签) after it: both kept with who, when and why. */
import { endpoints, isOrganizer } from '@sitebranch/shared';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Database } from '../../db/client';
import { ORGANIZER_REPLACES_CLAIM } from '../../db/attendance';
import { checkins, events, leaves, memberships } from '../../db/schema';
import { camelRow, first, sql } from '../../db/sql';
import { templateIds } from '../../notices/dispatch';
import { leaveDecisionNotice } from '../../notices/person-notices';
import { toCheckin, type CheckinRow } from '../../checkin/checkin-row';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const leaveRoutes = new Hono<AppEnv>();

const leaveColumns = {
  eventId: leaves.eventId,
  userId: leaves.userId,
  reason: leaves.reason,
  status: leaves.status,
  requestedAt: leaves.requestedAt,
  decidedBy: leaves.decidedBy,
  decidedAt: leaves.decidedAt,
  note: leaves.note,
};

/** The event, whether `userId` is expected at it, and whether they have checked in: one read. */
async function standing(db: Database, eventId: string, userId: string) {
  const row = await db
    .select({
      startsAt: events.startsAt,
      opensAt: events.checkinOpensAt,
      audience: events.audience,
      status: events.status,
      role: memberships.role,
      checkedInAt: checkins.checkedInAt,
    })
    .from(events)
    .leftJoin(memberships, and(eq(memberships.branchId, events.branchId), eq(memberships.userId, userId)))
    .leftJoin(checkins, and(eq(checkins.eventId, events.id), eq(checkins.userId, userId)))
    .where(eq(events.id, eventId))
    .get();
  if (!row) throw new ApiError('not_found', '活动不存在或已删除');
  if (!row.role) throw new ApiError('not_found', '该成员不在本支部');
  if (row.audience === 'members' && row.role === 'masses') throw new ApiError('members_only');
  if (row.status !== 'published') throw new ApiError('event_not_open');
  return row;
}

implement(leaveRoutes, endpoints.leave, async ({ c, caller, params, body }) => {
  const db = c.get('db');
  const now = Date.now();
  if (body.decision !== undefined && body.userId !== undefined) {
    if (!isOrganizer(caller.branch.role)) throw new ApiError('forbidden', '只有支委和书记可以审批请假');
    // The decision and the person's notice of it, together.
    const [decided] = await c.env.DB.batch<Record<string, unknown>>([
      sql(
        c.env.DB,
        `UPDATE leaves SET status = :status, decided_by = :decidedBy, decided_at = :now, note = :note
         WHERE event_id = :eventId AND user_id = :userId
         RETURNING event_id, user_id, reason, status, requested_at, decided_by, decided_at, note`,
        {
          status: body.decision === 'approve' ? 'approved' : 'refused',
          decidedBy: caller.userId,
          now,
          note: body.note ?? null,
          eventId: params.id,
          userId: body.userId,
        },
      ),
      leaveDecisionNotice(c.env.DB, { eventId: params.id, userId: body.userId }, templateIds(c.env), now),
    ]);
    const row = decided!.results[0];
    if (!row) throw new ApiError('not_found', '该成员没有请假申请');
    return camelRow<typeof leaves.$inferSelect>(row);
  }
  const event = await standing(db, params.id, caller.userId);
  if (now >= event.startsAt) throw new ApiError('conflict', '活动已开始，不能再请假，请联系组织者');
  if (event.checkedInAt !== null) throw new ApiError('conflict', '您已签到，无需请假');
  // Asking again replaces the reason and waits for a new decision.
  return db
    .insert(leaves)
    .values({ eventId: params.id, userId: caller.userId, reason: body.reason!, status: 'pending', requestedAt: now })
    .onConflictDoUpdate({
      target: [leaves.eventId, leaves.userId],
      set: { reason: body.reason!, status: 'pending', requestedAt: now, decidedBy: null, decidedAt: null, note: null },
    })
    .returning(leaveColumns)
    .get();
});

implement(leaveRoutes, endpoints.makeupCheckIn, async ({ c, caller, params, body }) => {
  const db = c.get('db');
  const event = await standing(db, params.id, body.userId);
  if (Date.now() < event.opensAt) throw new ApiError('checkin_not_started', '签到还没开始，无需补签');
  // Counted at the event's start: present, not late; the reason and the organizer are kept.
  const row = await first<CheckinRow>(
    sql(
      c.env.DB,
      `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, recorded_by, note, created_at)
     VALUES (:eventId, :userId, 'makeup', :checkedInAt, 0, 0, 'confirmed', :recordedBy, :note, :now)
     ON CONFLICT (event_id, user_id) DO UPDATE SET ${ORGANIZER_REPLACES_CLAIM}
     RETURNING event_id, user_id, method, checked_in_at, late, offline, status`,
      {
        eventId: params.id,
        userId: body.userId,
        checkedInAt: event.startsAt,
        recordedBy: caller.userId,
        note: body.reason,
        now: Date.now(),
      },
    ),
  );
  if (!row) throw new ApiError('conflict', '该成员已签到，无需补签');
  return toCheckin(row);
});
