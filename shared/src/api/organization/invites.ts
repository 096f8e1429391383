/** Invite codes (邀请码): made by a branch's secretary or region admin, previewed and used to join the branch. */
import { EmptyBodySchema } from '../../schemas/common';
import { CreateInviteSchema, InvitePreviewSchema, InviteSchema, JoinResultSchema } from '../../schemas/organization';
import * as z from '../../zod';
import { defineEndpoint } from '../endpoint';
import { BranchParams, InviteParams, thisBranch } from './params';

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
