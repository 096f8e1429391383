/** Attendance of events: organizers' check-in for others, leave (请假), make-up (补签) and the records. */
import { TEXT_MAX } from '../domain/text-limits';
import * as z from '../zod';
import { IdSchema, TimestampSchema, text } from './common';
import { CHECKIN_METHODS, CHECKIN_STATUSES } from '../domain/events';
import { CheckinSchema, EventKindSchema, EventSchema } from './events';

/** Where a person stands at an event. */
export const ATTENDANCE_STATUSES = ['present', 'pending', 'leave', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

/** Organizers check people in from the roster: some people by id, or a whole work team (班组). */
export const RosterCheckinSchema = z
  .strictObject({
    userIds: z.optional(z.array(IdSchema).check(z.minLength(1, '请至少选择一人'), z.maxLength(500, '一次最多 500 人'))),
    workTeam: z.optional(text('班组', TEXT_MAX.workTeam)),
    /** The names came from a WeChat 接龙 list the organizer pasted: the check-ins are marked 接龙. */
    fromJielong: z.optional(z.boolean()),
  })
  .check(z.refine((b) => (b.userIds === undefined) !== (b.workTeam === undefined), '请选择人员或一个班组'));

export const RosterCheckinResultSchema = z.object({
  /** People checked in by this request. */
  added: z.number(),
  /** People chosen who had already checked in. */
  alreadyPresent: z.number(),
});

/** An organizer scans the personal code (我的签到码) a worker shows on their phone. */
export const PersonalCheckinSchema = z.strictObject({
  code: z.string().check(z.minLength(1, '请扫描对方的个人签到码'), z.maxLength(TEXT_MAX.personalCode, '这不是个人签到码')),
});

export const PersonalCheckinResultSchema = z.object({
  checkin: CheckinSchema,
  alreadyCheckedIn: z.boolean(),
  /** Whom the code belongs to, so the organizer can see it was the right person. */
  name: z.nullable(z.string()),
});

/** The key a person's phone draws their personal code with, even with no network. */
export const PersonalCodeKeySchema = z.object({
  userId: IdSchema,
  key: z.string(),
  windowMs: z.number(),
  acceptMs: z.number(),
  serverTime: TimestampSchema,
});

export const LEAVE_STATUSES = ['pending', 'approved', 'refused'] as const;
export const LeaveStatusSchema = z.enum(LEAVE_STATUSES);
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];
export const LEAVE_STATUS_LABELS: Record<LeaveStatus, string> = { pending: '待审批', approved: '已批准', refused: '未批准' };

/** A leave request as shown next to a person: what they asked and what was decided. */
export const LeaveSummarySchema = z.object({
  status: LeaveStatusSchema,
  reason: z.string(),
  note: z.nullable(z.string()),
});

export const AttendanceEntrySchema = z.object({
  userId: IdSchema,
  name: z.nullable(z.string()),
  workTeam: z.nullable(z.string()),
  role: z.enum(['masses', 'member', 'committee', 'secretary']),
  /** `pending`: checked in offline, waiting for an organizer; a refused offline check-in leaves the person absent. */
  status: z.enum(ATTENDANCE_STATUSES),
  /** The reason of a make-up check-in or of an approved leave. */
  note: z.nullable(z.string()),
  checkedInAt: z.nullable(TimestampSchema),
  method: z.nullable(z.enum(CHECKIN_METHODS)),
  late: z.boolean(),
  offline: z.boolean(),
  /** The check-in's own state (an offline one is `pending` until reviewed), and the organizer's note on it. */
  checkinStatus: z.nullable(z.enum(CHECKIN_STATUSES)),
  reviewNote: z.nullable(z.string()),
  /** Their leave request, whatever its state (an approved one makes the status `leave`). */
  leave: z.nullable(LeaveSummarySchema),
});

/** `GET /api/events/{id}/attendance`: who was expected, who came (how and when), who did not. */
export const AttendanceSchema = z.object({
  eventId: IdSchema,
  expected: z.number(),
  /** Confirmed check-ins only. */
  present: z.number(),
  late: z.number(),
  /** Confirmed offline check-ins. */
  offline: z.number(),
  /** Offline check-ins waiting for an organizer, and those refused. */
  pendingCheckins: z.number(),
  refusedCheckins: z.number(),
  onLeave: z.number(),
  /** Leave requests waiting for a decision. */
  pendingLeaves: z.number(),
  absent: z.number(),
  /** present ÷ expected, 0 to 1 (0 when nobody was expected). */
  rate: z.number(),
  people: z.array(AttendanceEntrySchema),
});

/**
 * `POST /api/events/{id}/leaves`: a member asks for leave (请假) before the event (`reason`), or an
 * organizer approves or refuses someone's (`userId`, `decision`, optional `note`). One object, not a
 * union: a wrong field is named with what it may be, never as an unnamed “invalid input”.
 */
export const LeaveBodySchema = z
  .strictObject({
    reason: z.optional(text('请假原因', TEXT_MAX.attendanceReason, 2)),
    userId: z.optional(IdSchema),
    decision: z.optional(z.enum(['approve', 'refuse'], { error: '审批结果只能是批准（approve）或不批准（refuse）' })),
    note: z.optional(text('说明', TEXT_MAX.attendanceReason)),
  })
  .check(
    z.refine((b) => b.decision !== undefined || b.userId !== undefined || b.reason !== undefined, {
      message: '请填写请假原因',
      path: ['reason'],
    }),
    z.refine((b) => b.decision === undefined || b.userId !== undefined, { message: '请选择要审批的人（userId）', path: ['userId'] }),
    z.refine((b) => b.userId === undefined || b.decision !== undefined, {
      message: '请选择批准（approve）或不批准（refuse）',
      path: ['decision'],
    }),
    z.refine((b) => b.decision === undefined || b.reason === undefined, { message: '审批时不用填写请假原因', path: ['reason'] }),
    z.refine((b) => b.note === undefined || b.decision !== undefined, { message: '说明只在审批时填写', path: ['note'] }),
  );

export const LeaveSchema = z.object({
  eventId: IdSchema,
  userId: IdSchema,
  reason: z.string(),
  status: LeaveStatusSchema,
  requestedAt: TimestampSchema,
  decidedBy: z.nullable(IdSchema),
  decidedAt: z.nullable(TimestampSchema),
  note: z.nullable(z.string()),
});

/** An organizer confirms or refuses offline check-ins: some people, or every one still pending. */
export const ReviewCheckinsSchema = z
  .strictObject({
    userIds: z.optional(z.array(IdSchema).check(z.minLength(1, '请至少选择一人'), z.maxLength(500, '一次最多 500 人'))),
    allPending: z.optional(z.literal(true, { error: '“全部待确认”只能是 true' })),
    decision: z.enum(['confirm', 'refuse'], { error: '请选择确认或不通过（confirm 或 refuse）' }),
    note: z.optional(text('说明', TEXT_MAX.attendanceReason)),
  })
  .check(
    z.refine((b) => (b.userIds === undefined) !== (b.allPending === undefined), {
      message: '请选择人员，或选择全部待确认的签到',
      path: ['userIds'],
    }),
    z.refine((b) => b.decision !== 'refuse' || b.note !== undefined, { message: '不通过时请写明原因', path: ['note'] }),
  );

export const ReviewCheckinsResultSchema = z.object({
  /** Check-ins whose state this request changed. */
  changed: z.number(),
});

/** An organizer undoes a check-in they (or another organizer) made, saying why. */
export const UndoCheckinSchema = z.strictObject({
  userId: IdSchema,
  reason: text('撤销原因', TEXT_MAX.attendanceReason, 2),
});

export const UndoCheckinResultSchema = z.object({ userId: IdSchema, method: z.enum(CHECKIN_METHODS), undoneAt: TimestampSchema });

/** An organizer records a make-up check-in (补签) after the fact, with the reason. */
export const MakeupCheckinSchema = z.strictObject({
  userId: IdSchema,
  reason: text('补签原因', TEXT_MAX.attendanceReason, 2),
});

/** The caller's own standing at an event: whether they checked in, and their leave request. */
export const MyStandingSchema = z.object({
  checkin: z.nullable(
    z.object({
      checkedInAt: TimestampSchema,
      method: z.enum(CHECKIN_METHODS),
      late: z.boolean(),
      offline: z.boolean(),
      status: z.enum(CHECKIN_STATUSES),
    }),
  ),
  leave: z.nullable(LeaveSummarySchema),
});

/** An event as listed for the person asking: with their own standing. */
export const EventForMeSchema = z.extend(EventSchema, {
  mine: MyStandingSchema,
  /** For organizers: leave requests waiting for their decision (请假 2 待批); null for everyone else. */
  pendingLeaves: z.nullable(z.number()),
});
export type EventForMe = z.infer<typeof EventForMeSchema>;

/** One past event in a person's own attendance history. */
export const MyAttendanceEntrySchema = z.object({
  eventId: IdSchema,
  title: z.string(),
  kind: EventKindSchema,
  placeName: z.string(),
  startsAt: TimestampSchema,
  status: z.enum(ATTENDANCE_STATUSES),
  checkedInAt: z.nullable(TimestampSchema),
  method: z.nullable(z.enum(CHECKIN_METHODS)),
  late: z.boolean(),
  offline: z.boolean(),
  /** An offline check-in shows whether an organizer confirmed it yet, or refused it. */
  checkinStatus: z.nullable(z.enum(CHECKIN_STATUSES)),
});

/** `GET /api/branches/{id}/attendance/me`: the events one was expected at, whose check-in has closed. */
export const MyAttendanceSchema = z.object({
  branchId: IdSchema,
  expected: z.number(),
  /** Confirmed check-ins; offline ones waiting for an organizer are `pending`. */
  present: z.number(),
  pending: z.number(),
  late: z.number(),
  onLeave: z.number(),
  absent: z.number(),
  /** present ÷ expected (0 when nothing was expected yet). */
  rate: z.number(),
  /** Newest first, at most 100. */
  events: z.array(MyAttendanceEntrySchema),
});
