/** How a contest went: the leaderboard, and the analysis for organizers. */
import * as z from '../../zod';
import { IdSchema } from '../common';
import { QuestionTypeSchema } from '../questions';

export const LeaderboardQuerySchema = z.strictObject({
  by: z._default(z.enum(['person', 'branch', 'team'], { error: '排行方式只能是个人、支部或班组' }), 'person'),
  /** For `by=team` (and `by=person` within one branch): which branch. */
  branchId: z.optional(IdSchema),
});

export const LeaderboardSchema = z.object({
  by: z.enum(['person', 'branch', 'team']),
  participants: z.number(),
  rows: z.array(
    z.object({
      rank: z.number(),
      /** Person, branch or team id (team: its name). */
      id: z.string(),
      name: z.string(),
      /** Person: their score; branch and team: the average. */
      score: z.number(),
      timeUsedMs: z.nullable(z.number()),
      branchName: z.nullable(z.string()),
      participants: z.nullable(z.number()),
      members: z.nullable(z.number()),
      /** participants ÷ members in scope (branches and teams). */
      participationRate: z.nullable(z.number()),
    }),
  ),
  /** The caller's own row, whether in the top 100 or not (null if they have not taken part). */
  mine: z.nullable(z.object({ rank: z.number(), score: z.number(), timeUsedMs: z.nullable(z.number()) })),
});

export const AnalysisSchema = z.object({
  contestId: IdSchema,
  participants: z.number(),
  attempts: z.number(),
  averageScore: z.number(),
  maxScore: z.number(),
  questions: z.array(
    z.object({
      id: IdSchema,
      stem: z.string(),
      type: QuestionTypeSchema,
      answered: z.number(),
      correctRate: z.number(),
      /** The wrong answer chosen most often, with how many chose it. */
      commonWrong: z.nullable(z.object({ answer: z.string(), count: z.number() })),
    }),
  ),
  /** Up to ten bands of whole points from 0 to the maximum score, `from` and `to` both included. */
  histogram: z.array(z.object({ from: z.number(), to: z.number(), count: z.number() })),
  /** Attempts started per day (China time). */
  overTime: z.array(z.object({ day: z.string(), attempts: z.number() })),
  /** Attempts organizers may want to look at. */
  flagged: z.array(
    z.object({
      attemptId: IdSchema,
      name: z.nullable(z.string()),
      backgroundCount: z.number(),
      fastAnswers: z.number(),
      score: z.nullable(z.number()),
    }),
  ),
});
