/**
 * The 花名册: people without a login, added one by one or from a file, and the one-time claim code
 * (认领码) that makes someone's own login that same member.
 */
import { EmptyBodySchema } from '../../schemas/common';
import { IMPORT_MAX_BYTES } from '../../domain/questions';
import {
  AddRosterPersonSchema,
  ClaimCodeParamSchema,
  ClaimCodeSchema,
  ClaimPreviewSchema,
  JoinResultSchema,
  MemberSchema,
  RosterImportResultSchema,
} from '../../schemas/organization';
import * as z from '../../zod';
import { defineEndpoint } from '../endpoint';
import { BranchParams, MemberParams, thisBranch } from './params';

const RosterClaimParams = z.strictObject({ code: ClaimCodeParamSchema });

export const addRosterPerson = defineEndpoint({
  method: 'post',
  path: '/api/branches/:id/roster',
  summary: '在花名册上添加未登录的人员（没有智能手机的工人等），可按花名册代签到',
  tag: 'organization',
  access: { kind: 'branch', branch: thisBranch, minRole: 'secretary', regionAdmin: true },
  params: BranchParams,
  body: AddRosterPersonSchema,
  response: MemberSchema,
  status: 201,
  errors: ['conflict'],
});

export const rosterTemplate = defineEndpoint({
  method: 'get',
  path: '/api/roster/template.xlsx',
  summary: '花名册导入模板（Excel）：列、示例和填写说明',
  tag: 'organization',
  access: { kind: 'public' },
  response: { file: 'xlsx' },
});

export const importRoster = defineEndpoint({
  method: 'post',
  path: '/api/branches/:id/roster/import',
  summary: '从 .xlsx 或 .csv 导入花名册（文件原始字节）；有错误或重复时整份退回，并按行列说明',
  tag: 'organization',
  access: { kind: 'branch', branch: thisBranch, minRole: 'secretary', regionAdmin: true },
  params: BranchParams,
  upload: { maxBytes: IMPORT_MAX_BYTES },
  response: RosterImportResultSchema,
  errors: ['import_failed'],
});

export const createClaimCode = defineEndpoint({
  method: 'post',
  path: '/api/branches/:id/members/:userId/claim-code',
  summary: '为花名册上未登录的人员生成一次性认领码：本人登录后输入，即成为这名成员（之前的签到都在）',
  tag: 'organization',
  access: { kind: 'branch', branch: thisBranch, minRole: 'secretary', regionAdmin: true },
  params: MemberParams,
  body: z.optional(EmptyBodySchema),
  response: ClaimCodeSchema,
  status: 201,
  errors: ['conflict'],
});

export const previewClaim = defineEndpoint({
  method: 'get',
  path: '/api/roster-claims/:code',
  summary: '认领前查看认领码对应的人员和支部',
  tag: 'organization',
  access: { kind: 'user' },
  params: RosterClaimParams,
  response: ClaimPreviewSchema,
  errors: ['claim_unusable'],
});

export const claimRosterPerson = defineEndpoint({
  method: 'post',
  path: '/api/roster-claims/:code',
  summary: '用认领码成为花名册上的这名成员：成员身份、签到和请假记录转到本人账号',
  tag: 'organization',
  access: { kind: 'user' },
  params: RosterClaimParams,
  body: z.optional(EmptyBodySchema),
  response: JoinResultSchema,
  errors: ['claim_already_member', 'claim_unusable'],
});
