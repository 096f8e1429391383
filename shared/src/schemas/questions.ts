/** Question banks (题库) and their questions. */
import { TEXT_MAX } from '../domain/text-limits';
import { DIFFICULTIES, isValidAnswer, JUDGE_OPTIONS, MAX_OPTIONS, MIN_OPTIONS, normalizeAnswer, QUESTION_TYPES } from '../domain/questions';
import * as z from '../zod';
import { IdSchema, TimestampSchema, text } from './common';

export const QuestionTypeSchema = z.enum(QUESTION_TYPES, { error: '题型只能是单选、多选或判断' });
export const DifficultySchema = z.enum(DIFFICULTIES, { error: '难度只能是易、中、难' });

const questionFields = {
  type: QuestionTypeSchema,
  stem: text('题干', TEXT_MAX.questionStem, 4),
  options: z
    .array(text('选项', TEXT_MAX.questionOption))
    .check(z.minLength(MIN_OPTIONS, `至少 ${MIN_OPTIONS} 个选项`), z.maxLength(MAX_OPTIONS, `最多 ${MAX_OPTIONS} 个选项`)),
  /** Letters of the right options, e.g. "B" or "ACD"; judge: "A" (正确) or "B" (错误). */
  answer: z.pipe(z.string().check(z.maxLength(6, '答案格式不正确')), z.transform(normalizeAnswer)),
  explanation: z._default(
    z.string().check(z.trim(), z.maxLength(TEXT_MAX.questionExplanation, `解析不能超过 ${TEXT_MAX.questionExplanation} 个字`)),
    '',
  ),
  tags: z._default(z.array(text('标签', TEXT_MAX.tag)).check(z.maxLength(5, '最多 5 个标签')), []),
  difficulty: z._default(DifficultySchema, 'medium'),
};

type QuestionShape = { type: (typeof QUESTION_TYPES)[number]; options: string[]; answer: string };

const answerFitsOptions = z.refine<QuestionShape>((q) => isValidAnswer(q.type, q.answer, q.options.length), {
  message: '答案与题型或选项不符（单选、判断只能有一个答案，多选至少两个，且只能是已有选项）',
  path: ['answer'],
});
const judgeOptions = z.refine<QuestionShape>(
  (q) => q.type !== 'judge' || (q.options.length === 2 && q.options[0] === JUDGE_OPTIONS[0] && q.options[1] === JUDGE_OPTIONS[1]),
  {
    message: '判断题的选项只能是“正确”“错误”',
    path: ['options'],
  },
);
const distinctOptions = z.refine<QuestionShape>((q) => new Set(q.options).size === q.options.length, {
  message: '选项不能重复',
  path: ['options'],
});

export const QuestionInputSchema = z.strictObject(questionFields).check(answerFitsOptions, judgeOptions, distinctOptions);

export const UpdateQuestionSchema = z
  .strictObject({ ...questionFields, status: z.enum(['active', 'retired'], { error: '状态只能是启用或停用' }) })
  .check(answerFitsOptions, judgeOptions, distinctOptions);

/**
 * A question as organizers see it in a bank. The answer and the explanation are only for the people
 * who manage the bank: organizers who may only draw from it (a region bank, for a branch) get null.
 */
export const QuestionSchema = z.object({
  id: IdSchema,
  bankId: IdSchema,
  type: QuestionTypeSchema,
  stem: z.string(),
  options: z.array(z.string()),
  answer: z.nullable(z.string()),
  explanation: z.nullable(z.string()),
  tags: z.array(z.string()),
  difficulty: DifficultySchema,
  status: z.enum(['active', 'retired']),
  updatedAt: TimestampSchema,
});
export type Question = z.infer<typeof QuestionSchema>;

/** Who owns a bank or a contest: a whole region (region admins) or one branch (its committee). */
export const OwnerSchema = z.object({
  kind: z.enum(['region', 'branch']),
  regionId: IdSchema,
  branchId: z.nullable(IdSchema),
  name: z.string(),
});

export const CreateBankSchema = z
  .strictObject({
    name: text('题库名称', TEXT_MAX.bankName),
    /** A branch's own bank; or, for region admins, a bank of the whole region. */
    branchId: z.optional(IdSchema),
    regionId: z.optional(IdSchema),
  })
  .check(z.refine((b) => (b.branchId === undefined) !== (b.regionId === undefined), '请选择题库属于哪个支部或区域'));

export const BankSchema = z.object({
  id: IdSchema,
  name: z.string(),
  owner: OwnerSchema,
  activeCount: z.number(),
  /** Whether the caller may add, edit and import questions. */
  canEdit: z.boolean(),
  createdAt: TimestampSchema,
});

export const QuestionListQuerySchema = z.strictObject({
  status: z.optional(z.enum(['active', 'retired'], { error: '状态只能是启用或停用' })),
  search: z.optional(z.string().check(z.maxLength(50, '搜索内容太长'))),
  offset: z.optional(z.pipe(z.string().check(z.regex(/^\d{1,6}$/, '页码不正确')), z.transform(Number))),
});

export const ImportResultSchema = z.object({ imported: z.number() });
