import { CST_OFFSET_MS, MEMBERS_ONLY_KINDS, type EventKind } from '@sitebranch/shared';

export interface EventForm {
  kind: EventKind;
  title: string;
  placeName: string;
  /** `YYYY-MM-DD` and `HH:mm` in China Standard Time, as the pickers give them. */
  date: string;
  time: string;
  durationMinutes: number;
  audience: 'members' | 'everyone';
  lateAfterMinutes: number;
  geofence: { lat: number; lng: number; radiusM: number } | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A new event starts at the next quarter hour (CST), lasts an hour, and is for everyone unless it is 三会一课. */
export function defaultEventForm(kind: EventKind, now = Date.now()): EventForm {
  const quarter = 15 * 60_000;
  const start = new Date(Math.ceil((now + 5 * 60_000) / quarter) * quarter + CST_OFFSET_MS);
  return {
    kind,
    title: '',
    placeName: '',
    date: `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}`,
    time: `${pad(start.getUTCHours())}:${pad(start.getUTCMinutes())}`,
    durationMinutes: 60,
    audience: MEMBERS_ONLY_KINDS.includes(kind) ? 'members' : 'everyone',
    lateAfterMinutes: 10,
    geofence: null,
  };
}

/** The picker's CST date and time as UTC milliseconds. */
export function startsAtOf(form: Pick<EventForm, 'date' | 'time'>): number {
  const [y, m, d] = form.date.split('-').map(Number);
  const [hh, mm] = form.time.split(':').map(Number);
  return Date.UTC(y!, m! - 1, d!, hh!, mm!) - CST_OFFSET_MS;
}

/** The body of `POST /api/branches/{id}/events`. */
export function toCreateBody(form: EventForm) {
  const startsAt = startsAtOf(form);
  return {
    kind: form.kind,
    title: form.title,
    placeName: form.placeName,
    startsAt,
    endsAt: startsAt + form.durationMinutes * 60_000,
    audience: form.audience,
    lateAfterMinutes: form.lateAfterMinutes,
    geofence: form.geofence,
  };
}
