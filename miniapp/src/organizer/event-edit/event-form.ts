import {
  CST_OFFSET_MS,
  DEFAULT_OFFLINE_GRACE_MINUTES,
  DEFAULT_CHECKIN_LEAD_MS,
  defaultReminderMinutes,
  MEMBERS_ONLY_KINDS,
  type BranchEvent,
  type EventKind,
} from '@sitebranch/shared';

export interface EventForm {
  kind: EventKind;
  title: string;
  description: string;
  placeName: string;
  /** `YYYY-MM-DD` and `HH:mm` in China Standard Time, as the pickers give them. */
  date: string;
  time: string;
  durationMinutes: number;
  audience: 'members' | 'everyone';
  lateAfterMinutes: number;
  geofence: { lat: number; lng: number; radiusM: number } | null;
  /** Scans queued with no signal are accepted until check-in closes plus this. */
  offlineGraceMinutes: number;
  /** Offline check-ins count without an organizer confirming each. */
  offlineAutoAccept: boolean;
  /** 提醒我 reminds this many minutes before the start. */
  remindBeforeMinutes: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A new event starts at the next quarter hour (CST), lasts an hour, and is for everyone unless it is 三会一课. */
export function defaultEventForm(kind: EventKind, now = Date.now()): EventForm {
  const quarter = 15 * 60_000;
  return {
    kind,
    title: '',
    description: '',
    placeName: '',
    ...cstDateTime(Math.ceil((now + 5 * 60_000) / quarter) * quarter),
    durationMinutes: 60,
    audience: MEMBERS_ONLY_KINDS.includes(kind) ? 'members' : 'everyone',
    lateAfterMinutes: 10,
    geofence: null,
    offlineGraceMinutes: DEFAULT_OFFLINE_GRACE_MINUTES,
    offlineAutoAccept: false,
    remindBeforeMinutes: defaultReminderMinutes(kind),
  };
}

/** A CST moment as the pickers' `YYYY-MM-DD` and `HH:mm`. */
function cstDateTime(ms: number): { date: string; time: string } {
  const d = new Date(ms + CST_OFFSET_MS);
  return {
    date: `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`,
    time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
  };
}

/** The form for editing an existing event. */
export function eventFormOf(event: BranchEvent): EventForm {
  return {
    kind: event.kind,
    title: event.title,
    description: event.description ?? '',
    placeName: event.placeName,
    ...cstDateTime(event.startsAt),
    durationMinutes: Math.round((event.endsAt - event.startsAt) / 60_000),
    audience: event.audience,
    lateAfterMinutes: event.lateAfterMinutes,
    geofence: event.geofence,
    offlineGraceMinutes: event.offlineGraceMinutes,
    offlineAutoAccept: event.offlineAutoAccept,
    remindBeforeMinutes: event.remindBeforeMinutes,
  };
}

/** The picker's CST date and time as UTC milliseconds. */
export function startsAtOf(form: Pick<EventForm, 'date' | 'time'>): number {
  const [y, m, d] = form.date.split('-').map(Number);
  const [hh, mm] = form.time.split(':').map(Number);
  return Date.UTC(y!, m! - 1, d!, hh!, mm!) - CST_OFFSET_MS;
}

/**
 * The body of `POST /api/branches/{id}/events` and of `PATCH /api/events/{id}`. The check-in
 * window follows the times (opens 30 minutes before, closes at the end) on both.
 */
export function toEventBody(form: EventForm) {
  const startsAt = startsAtOf(form);
  return {
    kind: form.kind,
    title: form.title,
    description: form.description.trim() || null,
    placeName: form.placeName,
    startsAt,
    endsAt: startsAt + form.durationMinutes * 60_000,
    checkinOpensAt: startsAt - DEFAULT_CHECKIN_LEAD_MS,
    checkinClosesAt: startsAt + form.durationMinutes * 60_000,
    audience: form.audience,
    lateAfterMinutes: form.lateAfterMinutes,
    geofence: form.geofence,
    offlineGraceMinutes: form.offlineGraceMinutes,
    offlineAutoAccept: form.offlineAutoAccept,
    remindBeforeMinutes: form.remindBeforeMinutes,
  };
}
