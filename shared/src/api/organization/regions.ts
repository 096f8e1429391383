/** Regions (区域) and their branches: the platform admin creates regions; the region admin creates branches, appoints secretaries. */
import { IdSchema } from '../../schemas/common';
import {
  AppointSecretarySchema,
  BranchSecretariesSchema,
  BranchSummarySchema,
  CreateBranchSchema,
  CreateRegionSchema,
  RegionBranchSchema,
  RegionSchema,
} from '../../schemas/organization';
import * as z from '../../zod';
import { defineEndpoint } from '../endpoint';
import { RegionParams } from './params';

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
