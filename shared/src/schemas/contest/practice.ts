/** 每日一练: today's questions, an answer and its result. */
import * as z from '../../zod';
import { IdSchema } from '../common';
import { DifficultySchema, QuestionTypeSchema } from '../questions';

export const PracticeQuestionSchema = z.object({
  id: IdSchema,
  type: QuestionTypeSchema,
  stem: z.string(),
  options: z.array(z.object({ key: z.string(), text: z.string() })),
  difficulty: DifficultySchema,
  /** Filled once answered today: what was given, the answer and why. */
  result: z.nullable(z.object({ given: z.string(), answer: z.string(), correct: z.boolean(), explanation: z.string() })),
});

export const PracticeSchema = z.object({
  day: z.string(),
  questions: z.array(PracticeQuestionSchema),
  answered: z.number(),
  correct: z.number(),
  /** Days in a row with all five answered, up to today (or yesterday while today is unfinished). */
  streak: z.number(),
});

export const PracticeAnswerSchema = z.strictObject({
  questionId: IdSchema,
  answer: z.string().check(z.regex(/^[A-Fa-f]{1,6}$/, '请选择答案')),
});

export const PracticeAnswerResultSchema = z.object({
  correct: z.boolean(),
  answer: z.string(),
  explanation: z.string(),
  answered: z.number(),
  streak: z.number(),
});
