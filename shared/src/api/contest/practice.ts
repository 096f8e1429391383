/** 每日一练: five questions a day, answered one at a time, never ranked. */
import { PracticeAnswerResultSchema, PracticeAnswerSchema, PracticeSchema } from '../../schemas/contest';
import { defineEndpoint } from '../endpoint';

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
