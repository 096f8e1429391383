/** SQL shared by the organizers' check-in routes: who an event expects, and checking chosen people in. */
import type { ORGANIZER_CHECKIN_METHODS } from '@sitebranch/shared';
import { eq } from 'drizzle-orm';
import { ApiError } from '../http/errors';
import type { Database } from './client';
import { events } from './schema';
import { sql } from './sql';

/**
 * Who an event (`:eventId`) expects: everyone in the branch, or its Party members (not masses) for
 * members-only events, who had joined before its check-in closed or have a check-in anyway (a
 * make-up for someone who came before they joined in the app); `joins` adds tables about each person `m`.
 */
export const expectedPeople = (joins = '') => `FROM events e JOIN memberships m ON m.branch_id = e.branch_id ${joins}
  WHERE e.id = :eventId AND (e.audience = 'everyone' OR m.role <> 'masses')
    AND (m.joined_at <= e.checkin_closes_at OR EXISTS (SELECT 1 FROM checkins x WHERE x.event_id = e.id AND x.user_id = m.user_id))`;

/** Organizers check others in only while check-in is open; afterwards it is a make-up (补签) with a reason. */
export async function assertCheckinOpen(db: Database, eventId: string, now: number) {
  const event = await db
    .select({ status: events.status, opens: events.checkinOpensAt, closes: events.checkinClosesAt })
    .from(events)
    .where(eq(events.id, eventId))
    .get();
  if (event?.status !== 'published') throw new ApiError('event_not_open');
  if (now < event.opens) throw new ApiError('checkin_not_started');
  if (now > event.closes) throw new ApiError('checkin_closed', '签到已结束，错过的人请用补签并写明原因');
}

/**
 * An organizer who checks someone in replaces that person's own offline claim (pending or refused)
 * with their record; a confirmed check-in stays as it is.
 */
export const ORGANIZER_REPLACES_CLAIM = `method = excluded.method, checked_in_at = excluded.checked_in_at, late = excluded.late, offline = 0,
  status = 'confirmed', recorded_by = excluded.recorded_by, note = excluded.note, created_at = excluded.created_at
  WHERE checkins.status <> 'confirmed'`;

/**
 * One batch: check in every expected person chosen (by id or by work team) who has not checked in
 * yet, recorded with the method and the organizer; and count who was chosen.
 */
export async function checkInChosen(
  d1: D1Database,
  eventId: string,
  chosen: { userIds?: string[]; workTeam?: string },
  method: (typeof ORGANIZER_CHECKIN_METHODS)[number],
  organizerId: string,
  now: number,
) {
  const where = `AND (m.user_id IN (SELECT value FROM json_each(:userIds)) OR m.work_team = :workTeam)`;
  const chosenBy = { eventId, userIds: JSON.stringify(chosen.userIds ?? []), workTeam: chosen.workTeam ?? null };
  const [added, matched] = await d1.batch<{ n: number }>([
    sql(
      d1,
      `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, recorded_by, created_at)
       SELECT e.id, m.user_id, :method, :now, CASE WHEN :now > e.starts_at + e.late_after_minutes * 60000 THEN 1 ELSE 0 END, 0,
         :organizerId, :now
       ${expectedPeople()} ${where}
       ON CONFLICT (event_id, user_id) DO UPDATE SET ${ORGANIZER_REPLACES_CLAIM}
       RETURNING 1 AS n`,
      { ...chosenBy, method, now, organizerId },
    ),
    sql(d1, `SELECT count(*) AS n ${expectedPeople()} ${where}`, chosenBy),
  ]);
  const addedCount = added!.results.length;
  return { added: addedCount, alreadyPresent: (matched!.results[0]?.n ?? 0) - addedCount };
}
