/** Contests (党建知识竞赛), attempts, leaderboards, analysis and daily practice. */
import { TEXT_MAX } from '../domain/text-limits';
import * as z from '../zod';
import { IdSchema, TimestampSchema, text } from './common';
import { DifficultySchema, OwnerSchema, QuestionTypeSchema } from './questions';

/** Draw this many questions of a type, optionally only those with a tag. */
export const DrawRuleSchema = z.strictObject({
  type: QuestionTypeSchema,
  count: z.number().check(z.int(), z.gte(1, '每条抽题规则至少 1 道'), z.lte(100, '每条抽题规则最多 100 道')),
  tag: z.optional(text('标签', TEXT_MAX.tag)),
});

export const PointsSchema = z.strictObject({
  single: z.number().check(z.int(), z.gte(1, '分值至少 1 分'), z.lte(100, '分值最多 100 分')),
  multiple: z.number().check(z.int(), z.gte(1, '分值至少 1 分'), z.lte(100, '分值最多 100 分')),
  judge: z.number().check(z.int(), z.gte(1, '分值至少 1 分'), z.lte(100, '分值最多 100 分')),
});

export const SHOW_ANSWERS = ['after_submit', 'after_close', 'never'] as const;

const contestFields = {
  title: text('竞赛名称', TEXT_MAX.contestTitle),
  description: z._default(
    z.string().check(z.trim(), z.maxLength(TEXT_MAX.contestDescription, `说明不能超过 ${TEXT_MAX.contestDescription} 个字`)),
    '',
  ),
  opensAt: TimestampSchema,
  closesAt: TimestampSchema,
  bankIds: z.array(IdSchema).check(z.minLength(1, '请至少选择一个题库'), z.maxLength(10, '最多选择 10 个题库')),
  draw: z.array(DrawRuleSchema).check(z.minLength(1, '请设置抽题规则'), z.maxLength(10, '最多 10 条抽题规则')),
  points: z._default(PointsSchema, { single: 2, multiple: 4, judge: 1 }),
  timeLimitMinutes: z.number().check(z.int(), z.gte(1, '答题时间至少 1 分钟'), z.lte(180, '答题时间最多 180 分钟')),
  attemptsAllowed: z.number().check(z.int(), z.gte(1, '至少允许答 1 次'), z.lte(10, '最多允许答 10 次')),
  counts: z._default(z.enum(['best', 'last'], { error: '计分方式只能是最好成绩或最后一次' }), 'best'),
  shuffleOptions: z._default(z.boolean(), true),
  showAnswers: z._default(z.enum(SHOW_ANSWERS, { error: '公布答案的时间不正确' }), 'after_close'),
  /** Until it closes, its questions stay out of 每日一练 and out of other branches' contests (题目保密). */
  keepPoolPrivate: z._default(z.boolean(), true),
};

const closesAfterOpens = z.refine<{ opensAt?: number; closesAt?: number }>(
  (c) => c.opensAt === undefined || c.closesAt === undefined || c.closesAt > c.opensAt,
  {
    message: '结束时间要晚于开始时间',
    path: ['closesAt'],
  },
);

export const CreateContestSchema = z
  .strictObject({
    ...contestFields,
    /** A branch's own contest; or, for region admins, one for every branch of the region. */
    branchId: z.optional(IdSchema),
    regionId: z.optional(IdSchema),
  })
  .check(
    closesAfterOpens,
    z.refine((c) => (c.branchId === undefined) !== (c.regionId === undefined), '请选择竞赛面向哪个支部或区域'),
  );

export const UpdateContestSchema = z
  .strictObject({
    title: z.optional(contestFields.title),
    description: z.optional(
      z.string().check(z.trim(), z.maxLength(TEXT_MAX.contestDescription, `说明不能超过 ${TEXT_MAX.contestDescription} 个字`)),
    ),
    opensAt: z.optional(TimestampSchema),
    closesAt: z.optional(TimestampSchema),
    keepPoolPrivate: z.optional(z.boolean()),
  })
  .check(
    z.refine((b) => Object.keys(b).length > 0, '请至少修改一项'),
    closesAfterOpens,
  );

export const ContestSchema = z.object({
  id: IdSchema,
  scope: OwnerSchema,
  title: z.string(),
  description: z.string(),
  opensAt: TimestampSchema,
  closesAt: TimestampSchema,
  bankIds: z.array(IdSchema),
  draw: z.array(z.object({ type: QuestionTypeSchema, count: z.number(), tag: z.optional(z.string()) })),
  points: z.object({ single: z.number(), multiple: z.number(), judge: z.number() }),
  questionCount: z.number(),
  maxScore: z.number(),
  timeLimitMinutes: z.number(),
  attemptsAllowed: z.number(),
  counts: z.enum(['best', 'last']),
  shuffleOptions: z.boolean(),
  showAnswers: z.enum(SHOW_ANSWERS),
  keepPoolPrivate: z.boolean(),
  status: z.enum(['upcoming', 'open', 'closed']),
  participants: z.number(),
  /** The caller's own standing: attempts used, an attempt still open, the score that counts. */
  mine: z.object({
    attemptsUsed: z.number(),
    openAttemptId: z.nullable(IdSchema),
    score: z.nullable(z.number()),
  }),
  canManage: z.boolean(),
});
export type Contest = z.infer<typeof ContestSchema>;

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
