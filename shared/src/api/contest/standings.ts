/** How a contest went: the leaderboard for those taking part, the analysis for its organizers. */
import { AnalysisSchema, LeaderboardQuerySchema, LeaderboardSchema } from '../../schemas/contest';
import { defineEndpoint } from '../endpoint';
import { contest, IdParams } from './params';

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
