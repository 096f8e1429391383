/** A person's own attendance: their standing at an event, and their history. */
import { CHECKIN_METHODS, CHECKIN_STATUSES } from '../../domain/events';
import * as z from '../../zod';
import { IdSchema, TimestampSchema } from '../common';
import { EventKindSchema, EventSchema } from '../events';
import { ATTENDANCE_STATUSES } from './records';
import { LeaveSummarySchema } from './leaves';

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
  /** The caller tapped 提醒我: reminded before it starts, told if it moves or is cancelled. */
  watching: z.boolean(),
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
