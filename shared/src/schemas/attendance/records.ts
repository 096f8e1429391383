/** An event's attendance as organizers see it: who was expected, who came (how and when), who did not. */
import { CHECKIN_METHODS, CHECKIN_STATUSES } from '../../domain/events';
import * as z from '../../zod';
import { IdSchema, TimestampSchema } from '../common';
import { LeaveSummarySchema } from './leaves';

/** Where a person stands at an event. */
export const ATTENDANCE_STATUSES = ['present', 'pending', 'leave', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

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
