/**
 * What the attendance routes read with: the rule of which check-ins an organizer may undo, the events
 * a member's own history counts, the rows of an attendance sheet and of that history, and the standing
 * (present, pending, on leave, absent) a row's check-in and leave give a person.
 */
import {
  ORGANIZER_CHECKIN_METHODS,
  type AttendanceStatus,
  type BranchRole,
  type CheckinMethod,
  type CheckinStatus,
  type EventKind,
  type LeaveStatus,
} from '@sitebranch/shared';

/** What an organizer may undo: the check-ins organizers make; roster and personal-code ones only while check-in is open. */
export const UNDOABLE = `c.method IN (${[...ORGANIZER_CHECKIN_METHODS, 'makeup'].map((m) => `'${m}'`).join(', ')}) AND (c.method = 'makeup' OR :now BETWEEN e.checkin_opens_at AND e.checkin_closes_at)`;

export type AttendanceRow = {
  userId: string;
  name: string | null;
  workTeam: string | null;
  role: BranchRole;
  method: CheckinMethod | null;
  checkedInAt: number | null;
  late: number | null;
  offline: number | null;
  checkinStatus: CheckinStatus | null;
  reviewNote: string | null;
  checkinNote: string | null;
  leaveStatus: LeaveStatus | null;
  leaveReason: string | null;
  leaveNote: string | null;
};

/** A refused offline check-in leaves the person where they would be without it: on leave or absent. */
export function standing(checkinStatus: CheckinStatus | null, leaveStatus: LeaveStatus | null): AttendanceStatus {
  if (checkinStatus === 'confirmed') return 'present';
  if (checkinStatus === 'pending') return 'pending';
  return leaveStatus === 'approved' ? 'leave' : 'absent';
}

export type MyAttendanceRow = {
  eventId: string;
  title: string;
  kind: EventKind;
  placeName: string;
  startsAt: number;
  checkedInAt: number | null;
  method: CheckinMethod | null;
  late: number | null;
  offline: number | null;
  checkinStatus: CheckinStatus | null;
  leaveStatus: LeaveStatus | null;
};

/** Published events of the branch that expected the caller and whose check-in has closed (or that they already checked in to). */
export const MY_EVENTS = `FROM events e JOIN memberships m ON m.branch_id = e.branch_id AND m.user_id = :userId
  LEFT JOIN checkins ch ON ch.event_id = e.id AND ch.user_id = :userId
  LEFT JOIN leaves lv ON lv.event_id = e.id AND lv.user_id = :userId AND lv.status = 'approved'
  WHERE e.branch_id = :branchId AND e.status = 'published' AND (e.audience = 'everyone' OR m.role <> 'masses')
    AND (m.joined_at <= e.checkin_closes_at OR ch.checked_in_at IS NOT NULL)
    AND (e.checkin_closes_at < :now OR ch.checked_in_at IS NOT NULL)`;
