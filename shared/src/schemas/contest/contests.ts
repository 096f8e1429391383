/** A contest: its draw rules, points and times, as created, changed and shown. */
import { TEXT_MAX } from '../../domain/text-limits';
import * as z from '../../zod';
import { IdSchema, TimestampSchema, text } from '../common';
import { OwnerSchema, QuestionTypeSchema } from '../questions';

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
