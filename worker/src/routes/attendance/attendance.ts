/** Organizers' side of check-in (the roster, the attendance of an event) and a member's own history. */
import { endpoints, type AttendanceStatus, type CheckinMethod } from '@sitebranch/shared';
import { Hono } from 'hono';
import { assertCheckinOpen, expectedPeople, checkInChosen } from '../../db/attendance';
import type { AppEnv } from '../../env';
import { newId } from '../../db/ids';
import { all, camelRow, camelRows, first, sql } from '../../db/sql';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';
import { type AttendanceRow, MY_EVENTS, type MyAttendanceRow, standing, UNDOABLE } from './attendance-statements';

export const attendanceRoutes = new Hono<AppEnv>();

implement(attendanceRoutes, endpoints.rosterCheckIn, async ({ c, caller, params, body }) => {
  const now = Date.now();
  await assertCheckinOpen(c.get('db'), params.id, now);
  const result = await checkInChosen(c.env.DB, params.id, body, body.fromJielong ? 'jielong' : 'roster', caller.userId, now);
  if (result.added + result.alreadyPresent === 0) {
    throw new ApiError('validation_failed', body.workTeam ? `本活动没有“${body.workTeam}”的应到人员` : '所选人员不在本活动的应到名单里');
  }
  return result;
});

/**
 * Offline check-ins are claims: an organizer confirms them (then they count) or refuses them with
 * a reason, per person or every pending one at once. Either decision may be changed later; each
 * keeps who decided, when and why.
 */
implement(attendanceRoutes, endpoints.reviewCheckins, async ({ c, caller, params, body }) => {
  // Counted by RETURNING: D1's `changes` would also count the trigger's update of the event's counter.
  const { results } = await sql(
    c.env.DB,
    `UPDATE checkins SET status = :status, reviewed_by = :reviewedBy, reviewed_at = :now, review_note = :note
     WHERE event_id = :eventId AND offline = 1 AND status <> :status
       AND (CASE WHEN :allPending = 1 THEN status = 'pending' ELSE user_id IN (SELECT value FROM json_each(:userIds)) END)
     RETURNING 1 AS n`,
    {
      eventId: params.id,
      status: body.decision === 'confirm' ? 'confirmed' : 'refused',
      reviewedBy: caller.userId,
      now: Date.now(),
      note: body.note ?? null,
      allPending: Boolean(body.allPending),
      userIds: JSON.stringify(body.userIds ?? []),
    },
  ).all();
  return { changed: results.length };
});

/**
 * Undoing a check-in an organizer made (a tap on the wrong name, a whole team checked in by
 * mistake): one batch keeps a record of it with the reason, then removes the check-in.
 */
implement(attendanceRoutes, endpoints.undoCheckin, async ({ c, caller, params, body }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const id = newId();
  const person = { eventId: params.id, userId: body.userId };
  const [kept] = await d1.batch<{ method: CheckinMethod }>([
    sql(
      d1,
      `INSERT INTO checkin_undos (id, event_id, user_id, method, checked_in_at, recorded_by, undone_by, undone_at, reason)
       SELECT :undoId, c.event_id, c.user_id, c.method, c.checked_in_at, c.recorded_by, :undoneBy, :now, :reason
       FROM checkins c JOIN events e ON e.id = c.event_id WHERE c.event_id = :eventId AND c.user_id = :userId AND ${UNDOABLE}
       RETURNING method`,
      { ...person, now, undoId: id, undoneBy: caller.userId, reason: body.reason },
    ),
    sql(
      d1,
      `DELETE FROM checkins WHERE event_id = :eventId AND user_id = :userId AND EXISTS (SELECT 1 FROM checkin_undos WHERE id = :undoId)`,
      { ...person, undoId: id },
    ),
  ]);
  const undone = kept!.results[0];
  if (undone) return { userId: body.userId, method: undone.method, undoneAt: now };
  const row = await first<{ method: CheckinMethod }>(
    sql(d1, 'SELECT method FROM checkins WHERE event_id = :eventId AND user_id = :userId', person),
  );
  if (!row) throw new ApiError('not_found', '此人没有签到记录');
  if (row.method === 'qr' || row.method === 'digits')
    throw new ApiError('conflict', '本人扫码或输入数字码的签到不能撤销；离线签到请用“不通过”');
  throw new ApiError('checkin_closed', '签到已结束，代签不能再撤销');
});

implement(attendanceRoutes, endpoints.getAttendance, async ({ c, params }) => {
  const results = await all<AttendanceRow>(
    sql(
      c.env.DB,
      `SELECT m.user_id, u.name, m.work_team, m.role,
       ch.method, ch.checked_in_at, ch.late, ch.offline, ch.note AS checkin_note,
       ch.status AS checkin_status, ch.review_note,
       lv.status AS leave_status, lv.reason AS leave_reason, lv.note AS leave_note
     ${expectedPeople(`JOIN users u ON u.id = m.user_id
       LEFT JOIN checkins ch ON ch.event_id = e.id AND ch.user_id = m.user_id
       LEFT JOIN leaves lv ON lv.event_id = e.id AND lv.user_id = m.user_id`)}
     ORDER BY ch.status IS NOT 'confirmed', ch.checked_in_at IS NULL, m.work_team, u.name`,
      { eventId: params.id },
    ),
  );
  const people = results.map(({ checkinNote, leaveStatus, leaveReason, leaveNote, ...r }) => {
    const leave = leaveStatus !== null && leaveReason !== null ? { status: leaveStatus, reason: leaveReason, note: leaveNote } : null;
    const status = standing(r.checkinStatus, leave?.status ?? null);
    const note = status === 'present' || status === 'pending' ? checkinNote : status === 'leave' ? leave!.reason : null;
    return { ...r, status, note, late: r.late === 1, offline: r.offline === 1, leave };
  });
  const count = (status: AttendanceStatus) => people.filter((p) => p.status === status).length;
  const present = people.filter((p) => p.status === 'present');
  return {
    eventId: params.id,
    expected: people.length,
    present: present.length,
    late: present.filter((p) => p.late).length,
    offline: present.filter((p) => p.offline).length,
    pendingCheckins: count('pending'),
    refusedCheckins: people.filter((p) => p.checkinStatus === 'refused').length,
    onLeave: count('leave'),
    pendingLeaves: people.filter((p) => p.status === 'absent' && p.leave?.status === 'pending').length,
    absent: count('absent'),
    rate: people.length ? present.length / people.length : 0,
    people,
  };
});

implement(attendanceRoutes, endpoints.myAttendance, async ({ c, caller, params }) => {
  const d1 = c.env.DB;
  const mine = { branchId: params.id, userId: caller.userId, now: Date.now() };
  const [listed, totals] = await d1.batch<Record<string, unknown>>([
    sql(
      d1,
      `SELECT e.id AS event_id, e.title, e.kind, e.place_name, e.starts_at,
         ch.checked_in_at, ch.method, ch.late, ch.offline, ch.status AS checkin_status, lv.status AS leave_status
       ${MY_EVENTS} ORDER BY e.starts_at DESC LIMIT 100`,
      mine,
    ),
    sql(
      d1,
      `SELECT count(*) AS expected, count(CASE ch.status WHEN 'confirmed' THEN 1 END) AS present,
         count(CASE ch.status WHEN 'pending' THEN 1 END) AS pending,
         coalesce(sum(CASE ch.status WHEN 'confirmed' THEN ch.late END), 0) AS late,
         count(CASE WHEN ch.status IS NOT 'confirmed' AND ch.status IS NOT 'pending' THEN lv.status END) AS on_leave
       ${MY_EVENTS}`,
      mine,
    ),
  ]);
  const t = camelRow<{ expected: number; present: number; pending: number; late: number; onLeave: number }>(totals!.results[0]!);
  return {
    branchId: params.id,
    expected: t.expected,
    present: t.present,
    pending: t.pending,
    late: t.late,
    onLeave: t.onLeave,
    absent: t.expected - t.present - t.pending - t.onLeave,
    rate: t.expected ? t.present / t.expected : 0,
    events: camelRows<MyAttendanceRow>(listed!.results).map(({ leaveStatus, ...e }) => ({
      ...e,
      status: standing(e.checkinStatus, leaveStatus),
      late: e.late === 1,
      offline: e.offline === 1,
    })),
  };
});
