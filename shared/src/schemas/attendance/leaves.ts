/** Leave (请假): asking for it, deciding on it, and how it shows. */
import { TEXT_MAX } from '../../domain/text-limits';
import * as z from '../../zod';
import { IdSchema, TimestampSchema, text } from '../common';

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
