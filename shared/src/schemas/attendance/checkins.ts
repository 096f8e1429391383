/** Organizers checking others in: from the roster, by personal code, reviewing offline check-ins, undoing, make-up (补签). */
import { TEXT_MAX } from '../../domain/text-limits';
import { CHECKIN_METHODS } from '../../domain/events';
import * as z from '../../zod';
import { IdSchema, TimestampSchema, text } from '../common';
import { CheckinSchema } from '../events';

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
