import type { BranchEvent, CheckinMethod, CheckinStatus, EventForMe, LeaveStatus } from '@sitebranch/shared';
import { and, eq, sql } from 'drizzle-orm';
import { checkins, eventWatchers, events, leaves } from './schema';

/** The columns of an event that clients see (the geofence is put together, for organizers only, by `toEvent`). */
export const eventColumns = {
  id: events.id,
  branchId: events.branchId,
  kind: events.kind,
  title: events.title,
  description: events.description,
  placeName: events.placeName,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  checkinOpensAt: events.checkinOpensAt,
  checkinClosesAt: events.checkinClosesAt,
  lateAfterMinutes: events.lateAfterMinutes,
  audience: events.audience,
  geoLat: events.geoLat,
  geoLng: events.geoLng,
  geoRadiusM: events.geoRadiusM,
  offlineGraceMinutes: events.offlineGraceMinutes,
  offlineAutoAccept: events.offlineAutoAccept,
  status: events.status,
  remindBeforeMinutes: events.remindBeforeMinutes,
  checkinCount: events.checkinCount,
  createdAt: events.createdAt,
};

type EventRow = Omit<BranchEvent, 'geofence' | 'geofenced'> & { geoLat: number | null; geoLng: number | null; geoRadiusM: number | null };

/**
 * An event as a client sees it. The fence's centre and radius go only to organizers (`showFence`):
 * with them anyone could claim to stand in the middle. Everyone learns whether there is one.
 */
export function toEvent({ geoLat, geoLng, geoRadiusM, ...rest }: EventRow, showFence: boolean): BranchEvent {
  const geofenced = geoLat !== null && geoLng !== null && geoRadiusM !== null;
  return { ...rest, geofenced, geofence: geofenced && showFence ? { lat: geoLat, lng: geoLng, radiusM: geoRadiusM } : null };
}

/** An event with the caller's own check-in and leave request; select with the joins of `mineJoins`. */
export const eventForMeColumns = {
  ...eventColumns,
  myCheckedInAt: checkins.checkedInAt,
  myMethod: checkins.method,
  myLate: checkins.late,
  myOffline: checkins.offline,
  myCheckinStatus: checkins.status,
  myLeaveStatus: leaves.status,
  myLeaveReason: leaves.reason,
  myLeaveNote: leaves.note,
  myWatchSince: eventWatchers.createdAt,
  /** Leave requests waiting for an organizer's decision (shown to organizers only). */
  pendingLeaves: sql<number>`(SELECT count(*) FROM leaves pl WHERE pl.event_id = ${events.id} AND pl.status = 'pending')`,
};

/** The join conditions that attach one person's check-in and leave to each event. */
export function mineJoins(userId: string) {
  return {
    checkin: and(eq(checkins.eventId, events.id), eq(checkins.userId, userId)),
    leave: and(eq(leaves.eventId, events.id), eq(leaves.userId, userId)),
    watch: and(eq(eventWatchers.eventId, events.id), eq(eventWatchers.userId, userId)),
  };
}

type EventForMeRow = EventRow & {
  myCheckedInAt: number | null;
  myMethod: CheckinMethod | null;
  myLate: boolean | null;
  myOffline: boolean | null;
  myCheckinStatus: CheckinStatus | null;
  myLeaveStatus: LeaveStatus | null;
  myLeaveReason: string | null;
  myLeaveNote: string | null;
  myWatchSince: number | null;
  pendingLeaves: number;
};

/** `organizer`: the caller organizes the branch (or administers its region), and sees the fence and the pending leave. */
export function toEventForMe(
  {
    myCheckedInAt,
    myMethod,
    myLate,
    myOffline,
    myCheckinStatus,
    myLeaveStatus,
    myLeaveReason,
    myLeaveNote,
    myWatchSince,
    pendingLeaves,
    ...event
  }: EventForMeRow,
  organizer: boolean,
): EventForMe {
  return {
    ...toEvent(event, organizer),
    pendingLeaves: organizer ? pendingLeaves : null,
    watching: myWatchSince !== null,
    mine: {
      checkin:
        myCheckedInAt !== null && myMethod !== null
          ? {
              checkedInAt: myCheckedInAt,
              method: myMethod,
              late: myLate === true,
              offline: myOffline === true,
              status: myCheckinStatus ?? 'confirmed',
            }
          : null,
      leave: myLeaveStatus !== null && myLeaveReason !== null ? { status: myLeaveStatus, reason: myLeaveReason, note: myLeaveNote } : null,
    },
  };
}
