/** An attempt: the questions drawn (no answers), the answers saved, the result, and the review afterwards. */
import * as z from '../../zod';
import { IdSchema, TimestampSchema } from '../common';
import { QuestionTypeSchema } from '../questions';

/** A question as the phone gets it during an attempt: no answer, options in this attempt's order. */
export const AttemptQuestionSchema = z.object({
  id: IdSchema,
  type: QuestionTypeSchema,
  stem: z.string(),
  /** `key` is the letter the answer uses; shown in this order (shuffled when the contest says so). */
  options: z.array(z.object({ key: z.string(), text: z.string() })),
  points: z.number(),
  /** What was saved so far (after a restart). */
  saved: z.nullable(z.string()),
});

export const AttemptSchema = z.object({
  id: IdSchema,
  contestId: IdSchema,
  startedAt: TimestampSchema,
  deadline: TimestampSchema,
  serverTime: TimestampSchema,
  submittedAt: z.nullable(TimestampSchema),
  questions: z.array(AttemptQuestionSchema),
});

export const StartAttemptSchema = z.strictObject({
  /** For a region contest, the branch the person answers for (default: their first in the region). */
  branchId: z.optional(IdSchema),
});

export const SaveAnswerSchema = z.strictObject({
  answer: z.string().check(z.regex(/^[A-Fa-f]{0,6}$/, '答案只能是选项字母')),
  /** Times the app went to the background during this attempt so far (the phone counts). */
  backgroundCount: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10_000))),
});

export const SavedAnswerSchema = z.object({ questionId: IdSchema, answer: z.string(), savedAt: TimestampSchema });

export const SubmitAttemptSchema = z.strictObject({
  backgroundCount: z.optional(z.number().check(z.int(), z.gte(0), z.lte(10_000))),
});

export const AttemptResultSchema = z.object({
  attemptId: IdSchema,
  score: z.number(),
  maxScore: z.number(),
  correct: z.number(),
  total: z.number(),
  timeUsedMs: z.number(),
  submittedAt: TimestampSchema,
  /** The score that counts for this person (best or last attempt); the rank is on the leaderboard. */
  countedScore: z.number(),
  reviewAvailable: z.boolean(),
});

export const ReviewSchema = z.object({
  attemptId: IdSchema,
  score: z.number(),
  maxScore: z.number(),
  questions: z.array(
    z.object({
      id: IdSchema,
      type: QuestionTypeSchema,
      stem: z.string(),
      options: z.array(z.object({ key: z.string(), text: z.string() })),
      given: z.nullable(z.string()),
      answer: z.string(),
      correct: z.boolean(),
      points: z.number(),
      explanation: z.string(),
    }),
  ),
});
