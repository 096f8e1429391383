/** The knowledge contest: question banks, contests, attempts, leaderboards, analysis, daily practice. */
import { IMPORT_MAX_BYTES } from '../domain/questions';
import { IdSchema } from '../schemas/common';
import {
  AnalysisSchema,
  AttemptResultSchema,
  AttemptSchema,
  ContestSchema,
  CreateContestSchema,
  LeaderboardQuerySchema,
  LeaderboardSchema,
  PracticeAnswerResultSchema,
  PracticeAnswerSchema,
  PracticeSchema,
  ReviewSchema,
  SaveAnswerSchema,
  SavedAnswerSchema,
  StartAttemptSchema,
  SubmitAttemptSchema,
  UpdateContestSchema,
} from '../schemas/contest';
import { ImportQuestionTextSchema } from '../schemas/question-text';
import {
  BankSchema,
  CreateBankSchema,
  ImportResultSchema,
  QuestionInputSchema,
  QuestionListQuerySchema,
  QuestionSchema,
  UpdateQuestionSchema,
} from '../schemas/questions';
import * as z from '../zod';
import { defineEndpoint } from './endpoint';

const IdParams = z.strictObject({ id: IdSchema });
const bank = (need: 'manage' | 'view') => ({ kind: 'owned', resource: 'bank', param: 'id', need }) as const;
const contest = (need: 'manage' | 'view' | 'take') => ({ kind: 'owned', resource: 'contest', param: 'id', need }) as const;

export const listBanks = defineEndpoint({
  method: 'get',
  path: '/api/banks',
  summary: '我能查看的题库（本支部的和本区域的）',
  tag: 'contest',
  access: { kind: 'user' },
  response: z.object({ banks: z.array(BankSchema) }),
  errors: ['forbidden', 'not_found'],
});

export const createBank = defineEndpoint({
  method: 'post',
  path: '/api/banks',
  summary: '新建题库：支部的（支委、书记）或区域的（区域管理员）',
  tag: 'contest',
  access: { kind: 'user' },
  body: CreateBankSchema,
  response: BankSchema,
  status: 201,
  errors: ['forbidden'],
});

export const importTemplate = defineEndpoint({
  method: 'get',
  path: '/api/banks/template.xlsx',
  summary: '题目导入模板（Excel）',
  tag: 'contest',
  access: { kind: 'public' },
  response: { file: 'xlsx' },
});

export const listQuestions = defineEndpoint({
  method: 'get',
  path: '/api/banks/:id/questions',
  summary: '题库中的题目：管理题库的人看到答案和解析；只能抽题的组织者看不到答案，也看不到保密中的竞赛题',
  tag: 'contest',
  access: bank('view'),
  params: IdParams,
  query: QuestionListQuerySchema,
  response: z.object({
    questions: z.array(QuestionSchema),
    total: z.number(),
    /** Whether answers and explanations are shown (the caller manages the bank). */
    answersShown: z.boolean(),
    /** Questions withheld because an open contest keeps them private. */
    withheld: z.number(),
  }),
  errors: ['conflict'],
});

export const addQuestion = defineEndpoint({
  method: 'post',
  path: '/api/banks/:id/questions',
  summary: '添加一道题',
  tag: 'contest',
  access: bank('manage'),
  params: IdParams,
  body: QuestionInputSchema,
  response: QuestionSchema,
  status: 201,
  errors: ['conflict'],
});

export const updateQuestion = defineEndpoint({
  method: 'put',
  path: '/api/banks/:id/questions/:questionId',
  summary: '修改一道题，或停用（status: retired）',
  tag: 'contest',
  access: bank('manage'),
  params: z.strictObject({ id: IdSchema, questionId: IdSchema }),
  body: UpdateQuestionSchema,
  response: QuestionSchema,
});

export const importQuestions = defineEndpoint({
  method: 'post',
  path: '/api/banks/:id/import',
  summary: '从 .xlsx 或 .csv 导入题目（文件原始字节）；有错误时整份退回，并按行列说明',
  tag: 'contest',
  access: bank('manage'),
  params: IdParams,
  upload: { maxBytes: IMPORT_MAX_BYTES },
  response: ImportResultSchema,
  errors: ['import_failed'],
});

export const importQuestionText = defineEndpoint({
  method: 'post',
  path: '/api/banks/:id/import-text',
  summary: '文本导入：粘贴 Word 或 PDF 中的题目（编号题干、选项、答案行或括号内答案）；有错误时整批退回，并按行说明',
  tag: 'contest',
  access: bank('manage'),
  params: IdParams,
  body: ImportQuestionTextSchema,
  response: ImportResultSchema,
  errors: ['import_failed'],
});

export const listContests = defineEndpoint({
  method: 'get',
  path: '/api/contests',
  summary: '我能参加或管理的竞赛',
  tag: 'contest',
  access: { kind: 'user' },
  response: z.object({ contests: z.array(ContestSchema) }),
});

export const createContest = defineEndpoint({
  method: 'post',
  path: '/api/contests',
  summary: '新建竞赛：支部的（支委、书记）或全区域的（区域管理员）',
  tag: 'contest',
  access: { kind: 'user' },
  body: CreateContestSchema,
  response: ContestSchema,
  status: 201,
  errors: ['forbidden', 'not_enough_questions'],
});

export const getContest = defineEndpoint({
  method: 'get',
  path: '/api/contests/:id',
  summary: '竞赛详情和我的参赛情况',
  tag: 'contest',
  access: contest('take'),
  params: IdParams,
  response: ContestSchema,
});

export const updateContest = defineEndpoint({
  method: 'patch',
  path: '/api/contests/:id',
  summary: '修改竞赛的名称、说明和时间',
  tag: 'contest',
  access: contest('manage'),
  params: IdParams,
  body: UpdateContestSchema,
  response: ContestSchema,
  errors: ['conflict'],
});

export const startAttempt = defineEndpoint({
  method: 'post',
  path: '/api/contests/:id/attempts',
  summary: '开始答题：服务器抽题，不含答案；有未交的答题则继续它',
  tag: 'contest',
  access: contest('take'),
  params: IdParams,
  body: z.optional(StartAttemptSchema),
  response: AttemptSchema,
  errors: ['contest_not_open', 'contest_closed', 'attempts_used_up'],
});

export const getAttempt = defineEndpoint({
  method: 'get',
  path: '/api/attempts/:id',
  summary: '我的一次答题（重新打开小程序后继续）',
  tag: 'contest',
  access: { kind: 'user' },
  params: IdParams,
  response: AttemptSchema,
});

export const saveAnswer = defineEndpoint({
  method: 'put',
  path: '/api/attempts/:id/answers/:questionId',
  summary: '保存一题的答案（截止后拒绝）',
  tag: 'contest',
  access: { kind: 'user' },
  sessionCheckedInQuery: true,
  params: z.strictObject({ id: IdSchema, questionId: IdSchema }),
  body: SaveAnswerSchema,
  response: SavedAnswerSchema,
  errors: ['attempt_closed'],
});

export const submitAttempt = defineEndpoint({
  method: 'post',
  path: '/api/attempts/:id/submit',
  summary: '交卷并评分',
  tag: 'contest',
  access: { kind: 'user' },
  sessionCheckedInQuery: true,
  params: IdParams,
  body: z.optional(SubmitAttemptSchema),
  response: AttemptResultSchema,
  errors: ['attempt_closed'],
});

export const reviewAttempt = defineEndpoint({
  method: 'get',
  path: '/api/attempts/:id/review',
  summary: '回看我的答题：正确答案和解析（按竞赛规定的时间公布）',
  tag: 'contest',
  access: { kind: 'user' },
  params: IdParams,
  response: ReviewSchema,
  errors: ['forbidden'],
});

export const leaderboard = defineEndpoint({
  method: 'get',
  path: '/api/contests/:id/leaderboard',
  summary: '排行榜：个人、支部（平均分、参与率）或班组；前 100 名和我的名次',
  tag: 'contest',
  access: contest('take'),
  params: IdParams,
  query: LeaderboardQuerySchema,
  response: LeaderboardSchema,
});

export const contestAnalysis = defineEndpoint({
  method: 'get',
  path: '/api/contests/:id/analysis',
  summary: '竞赛分析：每题正确率、最常选的错误答案、分数分布、参与情况',
  tag: 'contest',
  access: contest('view'),
  params: IdParams,
  response: AnalysisSchema,
});

export const dailyPractice = defineEndpoint({
  method: 'get',
  path: '/api/practice/daily',
  summary: '每日一练：今天的 5 道题和连续天数（不排名）',
  tag: 'contest',
  access: { kind: 'user' },
  response: PracticeSchema,
});

export const answerPractice = defineEndpoint({
  method: 'post',
  path: '/api/practice/daily/answers',
  summary: '回答每日一练的一题：立即给出对错和解析',
  tag: 'contest',
  access: { kind: 'user' },
  body: PracticeAnswerSchema,
  response: PracticeAnswerResultSchema,
  errors: ['not_found'],
});
