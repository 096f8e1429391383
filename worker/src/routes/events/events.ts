import {
  DAY_MS,
  CODE_WINDOW_MS,
  DEFAULT_CHECKIN_LEAD_MS,
  DIGITS_ACCEPT_MS,
  MEMBERS_ONLY_KINDS,
  QR_ACCEPT_MS,
  defaultReminderMinutes,
  deriveEventKey,
  endpoints,
  isOrganizer,
} from '@sitebranch/shared';
import { and, asc, eq, gt, lt, ne, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { secret } from '../../auth/secrets';
import type { BranchAccess } from '../../authz/authorize';
import type { Database } from '../../db/client';
import { eventColumns, eventForMeColumns, mineJoins, toEvent, toEventForMe } from '../../db/events';
import { newId } from '../../db/ids';
import { checkins, eventWatchers, events, leaves } from '../../db/schema';
import { asD1, changeEventTellingWatchers } from '../../notices/event-changes';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const eventRoutes = new Hono<AppEnv>();

/** Organizers and the region see everything; others see published events meant for them. */
function visibleTo(branch: BranchAccess): SQL | undefined {
  if (branch.isRegionAdmin || isOrganizer(branch.role)) return undefined;
  const published = ne(events.status, 'draft');
  return branch.role === 'masses' ? and(published, eq(events.audience, 'everyone')) : published;
}

/** Organizers and the region admin see drafts and the geofence itself. */
const organizes = (branch: BranchAccess) => branch.isRegionAdmin || isOrganizer(branch.role);

/** The event with the caller's own standing, if the caller may see it. */
async function loadEvent(db: Database, eventId: string, branch: BranchAccess, userId: string) {
  const mine = mineJoins(userId);
  const row = await db
    .select(eventForMeColumns)
    .from(events)
    .leftJoin(checkins, mine.checkin)
    .leftJoin(leaves, mine.leave)
    .leftJoin(eventWatchers, mine.watch)
    .where(eq(events.id, eventId))
    .get();
  if (!row) throw new ApiError('not_found', '活动不存在或已删除');
  const organizer = organizes(branch);
  if (row.status === 'draft' && !organizer) throw new ApiError('not_found', '活动不存在或已删除');
  if (row.audience === 'members' && branch.role === 'masses' && !organizer) throw new ApiError('members_only');
  return row;
}

/** When an event's reminder goes; one whose time has already come is not sent (a late 提醒我 is not a reminder). */
function reminder(startsAt: number, remindBeforeMinutes: number, now: number) {
  const remindAt = startsAt - remindBeforeMinutes * 60_000;
  return { remindBeforeMinutes, remindAt, remindedAt: remindAt <= now ? now : null };
}

function checkTimes(e: { startsAt: number; endsAt: number; checkinOpensAt: number; checkinClosesAt: number }) {
  if (e.endsAt <= e.startsAt) throw new ApiError('validation_failed', '结束时间要晚于开始时间', { endsAt: '结束时间要晚于开始时间' });
  if (e.checkinClosesAt <= e.checkinOpensAt) {
    throw new ApiError('validation_failed', '签到截止时间要晚于签到开始时间', { checkinClosesAt: '签到截止时间要晚于签到开始时间' });
  }
}

implement(eventRoutes, endpoints.listEvents, async ({ c, caller, query }) => {
  const now = Date.now();
  const from = query.from ?? now - 7 * DAY_MS;
  const to = query.to ?? now + 60 * DAY_MS;
  const mine = mineJoins(caller.userId);
  const rows = await c
    .get('db')
    .select(eventForMeColumns)
    .from(events)
    .leftJoin(checkins, mine.checkin)
    .leftJoin(leaves, mine.leave)
    .leftJoin(eventWatchers, mine.watch)
    .where(and(eq(events.branchId, caller.branch.branchId), lt(events.startsAt, to), gt(events.endsAt, from), visibleTo(caller.branch)))
    .orderBy(asc(events.startsAt))
    .limit(200);
  return { events: rows.map((row) => toEventForMe(row, organizes(caller.branch))) };
});

implement(eventRoutes, endpoints.createEvent, async ({ c, caller, body }) => {
  const now = Date.now();
  const times = {
    startsAt: body.startsAt,
    endsAt: body.endsAt,
    checkinOpensAt: body.checkinOpensAt ?? body.startsAt - DEFAULT_CHECKIN_LEAD_MS,
    checkinClosesAt: body.checkinClosesAt ?? body.endsAt,
  };
  checkTimes(times);
  const row = await c
    .get('db')
    .insert(events)
    .values({
      id: newId(),
      branchId: caller.branch.branchId,
      kind: body.kind,
      title: body.title,
      description: body.description ?? null,
      placeName: body.placeName,
      ...times,
      lateAfterMinutes: body.lateAfterMinutes,
      audience: body.audience ?? (MEMBERS_ONLY_KINDS.includes(body.kind) ? 'members' : 'everyone'),
      geoLat: body.geofence?.lat ?? null,
      geoLng: body.geofence?.lng ?? null,
      geoRadiusM: body.geofence?.radiusM ?? null,
      offlineGraceMinutes: body.offlineGraceMinutes,
      offlineAutoAccept: body.offlineAutoAccept,
      status: body.status,
      ...reminder(body.startsAt, body.remindBeforeMinutes ?? defaultReminderMinutes(body.kind), now),
      createdBy: caller.userId,
      createdAt: now,
      updatedAt: now,
    })
    .returning(eventColumns)
    .get();
  return toEvent(row, true);
});

implement(eventRoutes, endpoints.getEvent, async ({ c, caller, params }) =>
  toEventForMe(await loadEvent(c.get('db'), params.id, caller.branch, caller.userId), organizes(caller.branch)),
);

implement(eventRoutes, endpoints.updateEvent, async ({ c, caller, params, body }) => {
  const db = c.get('db');
  const current = await loadEvent(db, params.id, caller.branch, caller.userId);
  checkTimes({
    startsAt: body.startsAt ?? current.startsAt,
    endsAt: body.endsAt ?? current.endsAt,
    checkinOpensAt: body.checkinOpensAt ?? current.checkinOpensAt,
    checkinClosesAt: body.checkinClosesAt ?? current.checkinClosesAt,
  });
  const now = Date.now();
  const startsAt = body.startsAt ?? current.startsAt;
  const remindBefore = body.remindBeforeMinutes ?? current.remindBeforeMinutes;
  const moved = startsAt !== current.startsAt;
  const cancelled = body.status === 'cancelled' && current.status !== 'cancelled';
  // A new start or lead re-schedules the reminder; a move or a cancellation is news for the watchers.
  const reschedule = moved || remindBefore !== current.remindBeforeMinutes ? reminder(startsAt, remindBefore, now) : {};
  const geofence =
    body.geofence === undefined
      ? {}
      : { geoLat: body.geofence?.lat ?? null, geoLng: body.geofence?.lng ?? null, geoRadiusM: body.geofence?.radiusM ?? null };
  const update = db
    .update(events)
    .set({
      kind: body.kind,
      title: body.title,
      description: body.description,
      placeName: body.placeName,
      startsAt: body.startsAt,
      endsAt: body.endsAt,
      checkinOpensAt: body.checkinOpensAt,
      checkinClosesAt: body.checkinClosesAt,
      lateAfterMinutes: body.lateAfterMinutes,
      audience: body.audience,
      offlineGraceMinutes: body.offlineGraceMinutes,
      offlineAutoAccept: body.offlineAutoAccept,
      status: body.status,
      ...geofence,
      ...reschedule,
      ...(moved || cancelled ? { watchDirty: true } : {}),
      updatedAt: now,
    })
    .where(eq(events.id, params.id));
  // A move or a cancellation is written with its notices to the watchers, all or nothing.
  if (moved || cancelled) await changeEventTellingWatchers(c, asD1(c.env.DB, update), now);
  else await update;
  const row = await db.select(eventColumns).from(events).where(eq(events.id, params.id)).get();
  return toEvent(row!, true);
});

implement(eventRoutes, endpoints.cancelEvent, async ({ c, params }) => {
  const now = Date.now();
  const cancel = c.get('db').update(events).set({ status: 'cancelled', watchDirty: true, updatedAt: now }).where(eq(events.id, params.id));
  await changeEventTellingWatchers(c, asD1(c.env.DB, cancel), now);
});

implement(eventRoutes, endpoints.getEventCode, async ({ c, params }) => ({
  eventId: params.id,
  // Derived from the worker's secret with its own prefix ("event:"), so it cannot stand in for a session signature.
  key: deriveEventKey(secret(c.env, 'CHECKIN_SECRET'), params.id),
  windowMs: CODE_WINDOW_MS,
  qrAcceptMs: QR_ACCEPT_MS,
  digitsAcceptMs: DIGITS_ACCEPT_MS,
  serverTime: Date.now(),
}));
