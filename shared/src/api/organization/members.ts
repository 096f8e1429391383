/** A branch's members: the list, role and work team changes, leaving or being removed. */
import { MemberQuerySchema, MemberSchema, UpdateMemberSchema } from '../../schemas/organization';
import * as z from '../../zod';
import { defineEndpoint } from '../endpoint';
import { BranchParams, MemberParams, thisBranch } from './params';

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
