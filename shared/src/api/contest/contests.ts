/** Contests (党建知识竞赛): listing, creating, reading and changing one. */
import { ContestSchema, CreateContestSchema, UpdateContestSchema } from '../../schemas/contest';
import * as z from '../../zod';
import { defineEndpoint } from '../endpoint';
import { contest, IdParams } from './params';

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
