/** Results (结果): reporting periods and 三会一课 compliance. */
import { COMPLIANCE_KINDS, COMPLIANCE_PERS, MAX_COMPLIANCE_TIMES, UNIT_STATES } from '../domain/compliance';
import { FEEDBACK_CATEGORIES, FEEDBACK_STATUSES } from '../domain/feedback';
import { PERIOD_FORMAT_MESSAGE, PERIOD_KINDS, PERIOD_PATTERN } from '../domain/periods';
import { RANKING_KINDS, RANKING_SORTS } from '../domain/ranking';
import * as z from '../zod';
import { TimestampSchema } from './common';
import { BranchKindSchema } from './user';

export const PeriodKeySchema = z.string().check(z.regex(PERIOD_PATTERN, PERIOD_FORMAT_MESSAGE));

/** `?period=2026-11|2026-Q4|2026`; this month in China when left out. */
export const PeriodQuerySchema = z.strictObject({ period: z.optional(PeriodKeySchema) });

export const PeriodSchema = z.object({
  kind: z.enum(PERIOD_KINDS),
  key: z.string(),
  label: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
});

export const ComplianceTargetSchema = z.strictObject({
  per: z.enum(COMPLIANCE_PERS, { error: '频次只能是每月（month）或每季度（quarter）' }),
  times: z
    .number()
    .check(
      z.int('次数要是整数'),
      z.gte(1, '每期至少 1 次；不需要时请关闭这一项'),
      z.lte(MAX_COMPLIANCE_TIMES, `每期最多 ${MAX_COMPLIANCE_TIMES} 次`),
    ),
});

/** Every 三会一课 kind, each a target or null (off). */
export const ComplianceTargetsSchema = z.strictObject(
  Object.fromEntries(COMPLIANCE_KINDS.map((kind) => [kind, z.nullable(ComplianceTargetSchema)])) as Record<
    (typeof COMPLIANCE_KINDS)[number],
    z.ZodMiniNullable<typeof ComplianceTargetSchema>
  >,
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
  /** Who the event expected (see `expectedPeople`): its audience, joined before check-in closed. */
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

/** Feedback received in a period, and what became of it. */
const FeedbackFiguresSchema = z.object({
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
  feedback: z.extend(FeedbackFiguresSchema, {
    byCategory: z.array(z.object({ category: z.enum(FEEDBACK_CATEGORIES), count: z.number() })),
    byStatus: z.array(z.object({ status: z.enum(FEEDBACK_STATUSES), count: z.number() })),
    /** Not yet resolved or declined now, whenever it was received: what is waiting on the organizers. */
    openNow: z.number(),
  }),
  /** Members who missed two or more of the period's events they were expected at (not counting approved leave). */
  frequentAbsentees: z.array(
    z.object({
      userId: z.string(),
      name: z.nullable(z.string()),
      workTeam: z.nullable(z.string()),
      expected: z.number(),
      missed: z.number(),
    }),
  ),
});
export type BranchDashboard = z.infer<typeof BranchDashboardSchema>;

/** `?period=&kind=&sort=`: the ranking's period (this month when left out), the rate it ranks by, and the order. */
export const RankingQuerySchema = z.strictObject({
  period: z.optional(PeriodKeySchema),
  kind: z.optional(z.enum(RANKING_KINDS, { error: `排名依据只能是 ${RANKING_KINDS.join('、')}` })),
  sort: z.optional(z.enum(RANKING_SORTS, { error: '排序只能是 desc（从高到低）或 asc（从低到高）' })),
});

/** One branch's rates over the period, as the ranking compares them (percent, one decimal; null when there is nothing to rate). */
export const BranchRatesSchema = z.object({
  branchId: z.string(),
  name: z.string(),
  kind: BranchKindSchema,
  members: z.number(),
  /** Published events of the period that have ended. */
  eventsHeld: z.number(),
  attendanceRate: z.nullable(z.number()),
  complianceRate: z.nullable(z.number()),
  feedbackReceived: z.number(),
  feedbackInTimeRate: z.nullable(z.number()),
  satisfactionRate: z.nullable(z.number()),
  /** Entries in the region's contests open in the period, per member and contest. */
  contestParticipationRate: z.nullable(z.number()),
  /** No event held, no feedback received and nobody in a contest during the period. */
  inactive: z.boolean(),
});
export type BranchRates = z.infer<typeof BranchRatesSchema>;

export const RankingSchema = z.object({
  period: PeriodSchema,
  kind: z.enum(RANKING_KINDS),
  sort: z.enum(RANKING_SORTS),
  /**
   * Ranked branches first (equal rates share a rank), then active branches with nothing to rate
   * for this kind, then inactive branches, flagged: none is left out.
   */
  rows: z.array(z.extend(BranchRatesSchema, { rank: z.nullable(z.number()), value: z.nullable(z.number()) })),
});
export type Ranking = z.infer<typeof RankingSchema>;

/** The region's figures over a period: the branches' figures summed, and their rates averaged. */
export const RegionDashboardSchema = z.object({
  period: PeriodSchema,
  branches: z.object({ total: z.number(), site: z.number(), community: z.number(), active: z.number() }),
  members: z.number(),
  events: z.object({ held: z.number(), byKind: z.array(z.object({ kind: z.string(), count: z.number() })) }),
  attendance: z.object({
    expected: z.number(),
    present: z.number(),
    onLeave: z.number(),
    absent: z.number(),
    /** present / expected over the whole region. */
    rate: z.nullable(z.number()),
    /** The mean of the branches' rates, each branch counting once whatever its size. */
    branchAverage: z.nullable(z.number()),
  }),
  compliance: z.object({
    due: z.number(),
    held: z.number(),
    missing: z.number(),
    toCome: z.number(),
    rate: z.nullable(z.number()),
    branchAverage: z.nullable(z.number()),
    /** Branches with a 三会一课 meeting missing in the period. */
    branchesMissing: z.number(),
  }),
  feedback: FeedbackFiguresSchema,
  /** The region's own contests open in the period. */
  contests: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      maxScore: z.number(),
      participants: z.number(),
      /** participants / members of the region now. */
      participationRate: z.nullable(z.number()),
      averageScore: z.nullable(z.number()),
      /** Branches with at least one entry. */
      branchesTakingPart: z.number(),
    }),
  ),
});
export type RegionDashboard = z.infer<typeof RegionDashboardSchema>;

/** `?from=&to=`: months, quarters or years (`2026-11`, `2026-Q4`, `2026`); this month when left out. */
export const LedgerQuerySchema = z.strictObject({ from: z.optional(PeriodKeySchema), to: z.optional(PeriodKeySchema) });
