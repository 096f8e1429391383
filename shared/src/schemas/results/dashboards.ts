/** The branch's and the region's dashboards over a period, with the attendance and feedback figures they share. */
import { FEEDBACK_CATEGORIES, FEEDBACK_STATUSES } from '../../domain/feedback';
import * as z from '../../zod';
import { TimestampSchema } from '../common';
import { PeriodSchema } from './periods';

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
