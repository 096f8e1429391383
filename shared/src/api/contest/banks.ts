/** Question banks (题库) and their questions. */
import { IdSchema } from '../../schemas/common';
import {
  BankSchema,
  CreateBankSchema,
  QuestionInputSchema,
  QuestionListQuerySchema,
  QuestionSchema,
  UpdateQuestionSchema,
} from '../../schemas/questions';
import * as z from '../../zod';
import { defineEndpoint } from '../endpoint';
import { bank, IdParams } from './params';

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
