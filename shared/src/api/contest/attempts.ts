/** Attempts: starting one, saving answers, submitting, and reviewing it afterwards. */
import { IdSchema } from '../../schemas/common';
import {
  AttemptResultSchema,
  AttemptSchema,
  ReviewSchema,
  SaveAnswerSchema,
  SavedAnswerSchema,
  StartAttemptSchema,
  SubmitAttemptSchema,
} from '../../schemas/contest';
import * as z from '../../zod';
import { defineEndpoint } from '../endpoint';
import { contest, IdParams } from './params';

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
