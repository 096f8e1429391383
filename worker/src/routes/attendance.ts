/** Organizers' side of sign-in: signing people in from the roster, and the attendance of an event. */
import { endpoints, type BranchRole, type CheckinMethod } from '@sitebranch/shared';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { events } from '../db/schema';
import type { AppEnv } from '../env';
import { ApiError } from '../http/errors';
import { implement } from '../http/implement';

export const attendanceRoutes = new Hono<AppEnv>();

/**
 * Who an event (?1) expects: everyone in the branch, or its Party members (not masses) for
 * members-only events; `joins` adds tables about each person `m`.
 */
const expectedPeople = (joins = '') => `FROM events e JOIN memberships m ON m.branch_id = e.branch_id ${joins}
  WHERE e.id = ?1 AND (e.audience = 'everyone' OR m.role <> 'masses')`;

implement(attendanceRoutes, endpoints.rosterCheckIn, async ({ c, caller, params, body }) => {
  const now = Date.now();
  const event = await c.get('db').select({ status: events.status, opens: events.signinOpensAt, closes: events.signinClosesAt }).from(events).where(eq(events.id, params.id)).get();
  if (!event || event.status !== 'published') throw new ApiError('event_not_open');
  if (now < event.opens) throw new ApiError('signin_not_started');
  if (now > event.closes) throw new ApiError('signin_closed', '签到已结束，错过的人请用补签并写明原因');

  const chosen = `AND (m.user_id IN (SELECT value FROM json_each(?2)) OR m.work_team = ?3)`;
  const d1 = c.env.DB;
  // One batch: sign in everyone chosen who has not signed in yet, and count who was chosen.
  const [added, matched] = await d1.batch<{ n: number }>([
    d1
      .prepare(
        `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, recorded_by, created_at)
         SELECT e.id, m.user_id, 'roster', ?4, CASE WHEN ?4 > e.starts_at + e.late_after_minutes * 60000 THEN 1 ELSE 0 END, 0, ?5, ?4
         ${expectedPeople()} ${chosen}
         ON CONFLICT (event_id, user_id) DO NOTHING
         RETURNING 1 AS n`,
      )
      .bind(params.id, JSON.stringify(body.userIds ?? []), body.workTeam ?? null, now, caller.userId),
    d1.prepare(`SELECT count(*) AS n ${expectedPeople()} ${chosen}`).bind(params.id, JSON.stringify(body.userIds ?? []), body.workTeam ?? null),
  ]);
  const addedCount = added!.results.length;
  const matchedCount = matched!.results[0]?.n ?? 0;
  if (matchedCount === 0) throw new ApiError('validation_failed', body.workTeam ? `本活动没有“${body.workTeam}”的应到人员` : '所选人员不在本活动的应到名单里');
  return { added: addedCount, alreadyPresent: matchedCount - addedCount };
});

type AttendanceRow = {
  userId: string; name: string | null; workTeam: string | null; role: BranchRole;
  method: CheckinMethod | null; checkedInAt: number | null; late: number | null; offline: number | null;
  checkinNote: string | null; leaveReason: string | null;
};

implement(attendanceRoutes, endpoints.getAttendance, async ({ c, params }) => {
  const { results } = await c.env.DB.prepare(
    `SELECT m.user_id AS userId, u.name AS name, m.work_team AS workTeam, m.role AS role,
       ch.method AS method, ch.checked_in_at AS checkedInAt, ch.late AS late, ch.offline AS offline,
       ch.note AS checkinNote, lv.reason AS leaveReason
     ${expectedPeople(`JOIN users u ON u.id = m.user_id
       LEFT JOIN checkins ch ON ch.event_id = e.id AND ch.user_id = m.user_id
       LEFT JOIN leaves lv ON lv.event_id = e.id AND lv.user_id = m.user_id AND lv.status = 'approved'`)}
     ORDER BY ch.checked_in_at IS NULL, m.work_team, u.name`,
  )
    .bind(params.id)
    .all<AttendanceRow>();
  const people = results.map(({ checkinNote, leaveReason, ...r }) => {
    const status = r.checkedInAt !== null ? ('present' as const) : leaveReason !== null ? ('leave' as const) : ('absent' as const);
    return { ...r, status, note: status === 'present' ? checkinNote : status === 'leave' ? leaveReason : null, late: r.late === 1, offline: r.offline === 1 };
  });
  const present = people.filter((p) => p.status === 'present');
  const onLeave = people.filter((p) => p.status === 'leave').length;
  return {
    eventId: params.id,
    expected: people.length,
    present: present.length,
    late: present.filter((p) => p.late).length,
    offline: present.filter((p) => p.offline).length,
    onLeave,
    absent: people.length - present.length - onLeave,
    rate: people.length ? present.length / people.length : 0,
    people,
  };
});
