/** The region's ranking of its branches by a rate over a period. */
import { RANKING_KINDS, RANKING_SORTS } from '../../domain/ranking';
import * as z from '../../zod';
import { BranchKindSchema } from '../user';
import { PeriodKeySchema, PeriodSchema } from './periods';

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
