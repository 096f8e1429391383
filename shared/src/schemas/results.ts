/** Results (结果): reporting periods and 三会一课 compliance. */
import { COMPLIANCE_KINDS, COMPLIANCE_PERS, MAX_COMPLIANCE_TIMES, UNIT_STATES } from '../domain/compliance';
import { PERIOD_FORMAT_MESSAGE, PERIOD_KINDS, PERIOD_PATTERN } from '../domain/periods';
import * as z from '../zod';
import { TimestampSchema } from './common';

export const PeriodKeySchema = z.string().check(z.regex(PERIOD_PATTERN, PERIOD_FORMAT_MESSAGE));

/** `?period=2026-11|2026-Q4|2026`; this month in China when left out. */
export const PeriodQuerySchema = z.strictObject({ period: z.optional(PeriodKeySchema) });

export const PeriodSchema = z.object({ kind: z.enum(PERIOD_KINDS), key: z.string(), label: z.string(), startsAt: TimestampSchema, endsAt: TimestampSchema });

export const ComplianceTargetSchema = z.strictObject({
  per: z.enum(COMPLIANCE_PERS, { error: '频次只能是每月（month）或每季度（quarter）' }),
  times: z.number().check(z.int('次数要是整数'), z.gte(1, '每期至少 1 次；不需要时请关闭这一项'), z.lte(MAX_COMPLIANCE_TIMES, `每期最多 ${MAX_COMPLIANCE_TIMES} 次`)),
});

/** Every 三会一课 kind, each a target or null (off). */
export const ComplianceTargetsSchema = z.strictObject(
  Object.fromEntries(COMPLIANCE_KINDS.map((kind) => [kind, z.nullable(ComplianceTargetSchema)])) as Record<(typeof COMPLIANCE_KINDS)[number], z.ZodMiniNullable<typeof ComplianceTargetSchema>>,
);

const ComplianceUnitSchema = z.object({
  key: z.string(),
  label: z.string(),
  due: z.number(),
  held: z.number(),
  scheduled: z.number(),
  state: z.enum(UNIT_STATES),
});

export const ComplianceSchema = z.object({
  period: PeriodSchema,
  targets: ComplianceTargetsSchema,
  rows: z.array(
    z.object({
      kind: z.enum(COMPLIANCE_KINDS),
      target: ComplianceTargetSchema,
      units: z.array(ComplianceUnitSchema),
      due: z.number(),
      held: z.number(),
      missing: z.number(),
      toCome: z.number(),
    }),
  ),
});

const AttendanceFiguresSchema = z.object({
  /** Who the event expected (see `expectedPeople`): its audience, joined before sign-in closed. */
  expected: z.number(),
  /** Confirmed check-ins, of which late, offline (confirmed), by an organizer (roster, personal code) and make-ups. */
  present: z.number(),
  late: z.number(),
  offline: z.number(),
  roster: z.number(),
  makeup: z.number(),
  /** Offline claims still waiting for an organizer. */
  pending: z.number(),
  onLeave: z.number(),
  absent: z.number(),
  /** present / expected, in percent with one decimal; null when nobody was expected. */
  rate: z.nullable(z.number()),
});

export const BranchDashboardSchema = z.object({
  period: PeriodSchema,
  members: z.object({
    total: z.number(),
    byRole: z.object({ masses: z.number(), member: z.number(), committee: z.number(), secretary: z.number() }),
    byTeam: z.array(z.object({ team: z.nullable(z.string()), count: z.number() })),
  }),
  /** Published events of the period that have ended, by kind. */
  events: z.object({ held: z.number(), byKind: z.array(z.object({ kind: z.string(), count: z.number() })) }),
  attendance: z.object({
    events: z.array(z.extend(AttendanceFiguresSchema, { id: z.string(), title: z.string(), kind: z.string(), startsAt: TimestampSchema })),
    totals: AttendanceFiguresSchema,
  }),
  /** Contests of the branch or its region open during the period, with this branch's entries. */
  contests: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      scope: z.enum(['branch', 'region']),
      maxScore: z.number(),
      participants: z.number(),
      /** participants / members now, in percent. */
      participationRate: z.nullable(z.number()),
      /** The mean of the scores that count, one decimal; null when nobody took part. */
      averageScore: z.nullable(z.number()),
    }),
  ),
  /** Feedback the branch handles, received in the period (a 廉政监督 report sent to the region is not the branch's). */
  feedback: z.object({
    received: z.number(),
    resolved: z.number(),
    resolvedInTime: z.number(),
    /** resolvedInTime / resolved, in percent; null when nothing was resolved. */
    inTimeRate: z.nullable(z.number()),
    rated: z.number(),
    satisfied: z.number(),
    /** satisfied / rated, in percent (满意 or better); null when nothing was rated. */
    satisfactionRate: z.nullable(z.number()),
    /** Open and past its deadline now, whenever it was received. */
    overdueNow: z.number(),
  }),
  /** Members who missed two or more of the period's events they were expected at (not counting approved leave). */
  frequentAbsentees: z.array(z.object({ userId: z.string(), name: z.nullable(z.string()), workTeam: z.nullable(z.string()), expected: z.number(), missed: z.number() })),
});
export type BranchDashboard = z.infer<typeof BranchDashboardSchema>;
