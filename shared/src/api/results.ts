/** Results (结果): what organizers and the bureau look at every month. */
import { IdSchema } from '../schemas/common';
import {
  BranchDashboardSchema,
  ComplianceSchema,
  ComplianceTargetsSchema,
  LedgerQuerySchema,
  PeriodQuerySchema,
  RankingQuerySchema,
  RankingSchema,
  RegionDashboardSchema,
} from '../schemas/results';
import * as z from '../zod';
import { defineEndpoint } from './endpoint';

const BranchParams = z.strictObject({ id: IdSchema });
const thisBranch = { param: 'id', resource: 'branch' } as const;

export const getCompliance = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id/compliance',
  summary: '三会一课完成情况：某月、季度或年应开、已开、缺开和待开（支委、书记、区域管理员）',
  tag: 'results',
  access: { kind: 'branch', branch: thisBranch, minRole: 'committee', regionAdmin: true },
  params: BranchParams,
  query: PeriodQuerySchema,
  response: ComplianceSchema,
});

export const updateComplianceTargets = defineEndpoint({
  method: 'put',
  path: '/api/branches/:id/compliance-targets',
  summary: '修改三会一课的频次要求（书记）；null 关闭一项，如没有党小组的支部',
  tag: 'results',
  access: { kind: 'branch', branch: thisBranch, minRole: 'secretary', regionAdmin: false },
  params: BranchParams,
  body: ComplianceTargetsSchema,
  response: ComplianceTargetsSchema,
});

export const getBranchDashboard = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id/dashboard',
  summary: '支部概况：某月、季度或年的成员、活动、出勤和多次缺勤的成员（支委、书记、区域管理员）',
  tag: 'results',
  access: { kind: 'branch', branch: thisBranch, minRole: 'committee', regionAdmin: true },
  params: BranchParams,
  query: PeriodQuerySchema,
  response: BranchDashboardSchema,
});

export const getLedger = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id/ledger.xlsx',
  summary: '支部台账（Excel）：概况、活动台账、三会一课、党员出勤、知识竞赛、意见反馈（支委、书记、区域管理员；廉政监督只给能办理的人）',
  tag: 'results',
  access: { kind: 'branch', branch: thisBranch, minRole: 'committee', regionAdmin: true },
  params: BranchParams,
  query: LedgerQuerySchema,
  response: { file: 'xlsx' },
});

const RegionParams = z.strictObject({ id: IdSchema });

export const getRegionDashboard = defineEndpoint({
  method: 'get',
  path: '/api/regions/:id/dashboard',
  summary: '区域概况：某月、季度或年各支部的活动、出勤、三会一课、反馈和竞赛，合计并取平均（区域管理员）',
  tag: 'results',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: RegionParams,
  query: PeriodQuerySchema,
  response: RegionDashboardSchema,
});

export const getRegionRanking = defineEndpoint({
  method: 'get',
  path: '/api/regions/:id/ranking',
  summary: '支部排名：按出勤率、三会一课完成率、按时办结率、满意率或竞赛参与率；本期无活动的支部列在最后并标出（区域管理员）',
  tag: 'results',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: RegionParams,
  query: RankingQuerySchema,
  response: RankingSchema,
});
