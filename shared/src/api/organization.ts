import { EmptyBodySchema, IdSchema } from '../schemas/common';
import { IMPORT_MAX_BYTES } from '../domain/questions';
import {
  AddRosterPersonSchema,
  AppointDisciplineContactSchema,
  AppointSecretarySchema,
  BranchSecretariesSchema,
  BranchDetailSchema,
  BranchSummarySchema,
  ClaimCodeParamSchema,
  ClaimCodeSchema,
  ClaimPreviewSchema,
  CreateBranchSchema,
  CreateInviteSchema,
  CreateRegionSchema,
  DisciplineContactSchema,
  InviteCodeSchema,
  InvitePreviewSchema,
  InviteSchema,
  JoinResultSchema,
  MemberQuerySchema,
  MemberSchema,
  RegionBranchSchema,
  RegionSchema,
  RosterImportResultSchema,
  UpdateMemberSchema,
} from '../schemas/organization';
import * as z from '../zod';
import { defineEndpoint } from './endpoint';

const RegionParams = z.strictObject({ id: IdSchema });
const BranchParams = z.strictObject({ id: IdSchema });
const InviteParams = z.strictObject({ code: InviteCodeSchema });
const MemberParams = z.strictObject({ id: IdSchema, userId: IdSchema });

const thisBranch = { param: 'id', resource: 'branch' } as const;

export const listRegions = defineEndpoint({
  method: 'get',
  path: '/api/regions',
  summary: '我管理的区域（平台管理员看到全部）',
  tag: 'organization',
  access: { kind: 'user' },
  response: z.object({ regions: z.array(RegionSchema) }),
});

export const createRegion = defineEndpoint({
  method: 'post',
  path: '/api/regions',
  summary: '新建区域（平台管理员），创建者成为区域管理员',
  tag: 'organization',
  access: { kind: 'platformAdmin' },
  body: CreateRegionSchema,
  response: RegionSchema,
  status: 201,
});

export const listRegionBranches = defineEndpoint({
  method: 'get',
  path: '/api/regions/:id/branches',
  summary: '区域内的支部：类型、书记、人数和最近一次活动（区域管理员）',
  tag: 'organization',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: RegionParams,
  response: z.object({ branches: z.array(RegionBranchSchema) }),
});

export const appointSecretary = defineEndpoint({
  method: 'put',
  path: '/api/regions/:id/branches/:branchId/secretary',
  summary: '任命或更换支部书记：从支部成员中任命，原书记改为支委、党员或保留（区域管理员）',
  tag: 'organization',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: z.strictObject({ id: IdSchema, branchId: IdSchema }),
  body: AppointSecretarySchema,
  response: BranchSecretariesSchema,
  errors: ['roster_cannot_organize'],
});

export const listDisciplineContacts = defineEndpoint({
  method: 'get',
  path: '/api/regions/:id/discipline-contacts',
  summary: '区域的纪检联系人：办理越过支部直接报送区域的廉政监督（区域管理员）',
  tag: 'organization',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: RegionParams,
  response: z.object({ contacts: z.array(DisciplineContactSchema) }),
});

export const appointDisciplineContact = defineEndpoint({
  method: 'post',
  path: '/api/regions/:id/discipline-contacts',
  summary: '指定纪检联系人：本区域支部的成员或区域管理员（区域管理员）',
  tag: 'organization',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: RegionParams,
  body: AppointDisciplineContactSchema,
  response: DisciplineContactSchema,
  status: 201,
  errors: ['roster_cannot_organize'],
});

export const removeDisciplineContact = defineEndpoint({
  method: 'delete',
  path: '/api/regions/:id/discipline-contacts/:userId',
  summary: '取消纪检联系人；还有未办结的区域廉政监督时，不能取消最后一位（区域管理员）',
  tag: 'organization',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: z.strictObject({ id: IdSchema, userId: IdSchema }),
  response: null,
  status: 204,
  errors: ['conflict'],
});

export const createBranch = defineEndpoint({
  method: 'post',
  path: '/api/regions/:id/branches',
  summary: '在区域内新建支部（区域管理员）',
  tag: 'organization',
  access: { kind: 'regionAdmin', regionParam: 'id' },
  params: RegionParams,
  body: CreateBranchSchema,
  response: BranchSummarySchema,
  status: 201,
});

export const getBranch = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id',
  summary: '支部详情',
  tag: 'organization',
  access: { kind: 'branch', branch: thisBranch, minRole: 'masses', regionAdmin: true },
  params: BranchParams,
  response: BranchDetailSchema,
});

export const createInvite = defineEndpoint({
  method: 'post',
  path: '/api/branches/:id/invites',
  summary: '生成邀请码（书记最高可邀请党员，区域管理员最高可邀请书记）',
  tag: 'organization',
  access: { kind: 'branch', branch: thisBranch, minRole: 'secretary', regionAdmin: true },
  params: BranchParams,
  body: CreateInviteSchema,
  response: InviteSchema,
  status: 201,
});

export const listInvites = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id/invites',
  summary: '支部的邀请码',
  tag: 'organization',
  access: { kind: 'branch', branch: thisBranch, minRole: 'secretary', regionAdmin: true },
  params: BranchParams,
  response: z.object({ invites: z.array(InviteSchema) }),
});

export const revokeInvite = defineEndpoint({
  method: 'delete',
  path: '/api/invites/:code',
  summary: '作废邀请码',
  tag: 'organization',
  access: { kind: 'branch', branch: { param: 'code', resource: 'invite' }, minRole: 'secretary', regionAdmin: true },
  params: InviteParams,
  response: null,
  status: 204,
});

export const previewInvite = defineEndpoint({
  method: 'get',
  path: '/api/invites/:code',
  summary: '加入前查看邀请码对应的支部',
  tag: 'organization',
  access: { kind: 'user' },
  params: InviteParams,
  response: InvitePreviewSchema,
});

export const joinByInvite = defineEndpoint({
  method: 'post',
  path: '/api/invites/:code/join',
  summary: '用邀请码加入支部',
  tag: 'organization',
  access: { kind: 'user' },
  params: InviteParams,
  body: z.optional(EmptyBodySchema),
  response: JoinResultSchema,
  errors: ['invite_expired', 'invite_used_up', 'invite_revoked'],
});

export const listMembers = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id/members',
  summary: '支部成员（支委、书记、区域管理员）',
  tag: 'organization',
  access: { kind: 'branch', branch: thisBranch, minRole: 'committee', regionAdmin: true },
  params: BranchParams,
  query: MemberQuerySchema,
  response: z.object({ members: z.array(MemberSchema) }),
});

export const updateMember = defineEndpoint({
  method: 'patch',
  path: '/api/branches/:id/members/:userId',
  summary: '修改成员角色或班组',
  tag: 'organization',
  access: { kind: 'branch', branch: thisBranch, minRole: 'secretary', regionAdmin: true },
  params: MemberParams,
  body: UpdateMemberSchema,
  response: MemberSchema,
  errors: ['roster_cannot_organize', 'last_secretary'],
});

export const removeMember = defineEndpoint({
  method: 'delete',
  path: '/api/branches/:id/members/:userId',
  summary: '移出成员（本人可退出支部）',
  tag: 'organization',
  access: { kind: 'branch', branch: thisBranch, minRole: 'masses', regionAdmin: true },
  params: MemberParams,
  response: null,
  status: 204,
  errors: ['last_secretary'],
});

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
