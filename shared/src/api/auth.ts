import { EmptyBodySchema, IdSchema } from '../schemas/common';
import { DevLoginSchema, LoginResultSchema, SessionSchema, WechatLoginSchema } from '../schemas/auth';
import { MeSchema, MyMembershipSchema, ProfileSchema, UpdateMeSchema, UpdateMyMembershipSchema } from '../schemas/user';
import * as z from '../zod';
import { defineEndpoint } from './endpoint';

export const health = defineEndpoint({
  method: 'get',
  path: '/api/health',
  summary: '服务健康检查',
  tag: 'health',
  access: { kind: 'public' },
  response: z.object({ status: z.literal('ok'), time: z.number(), database: z.literal('ok') }),
});

export const wechatLogin = defineEndpoint({
  method: 'post',
  path: '/api/auth/wechat',
  summary: '用微信登录凭证换取会话',
  tag: 'auth',
  access: { kind: 'public' },
  body: WechatLoginSchema,
  response: LoginResultSchema,
});

export const devLogin = defineEndpoint({
  method: 'post',
  path: '/api/auth/dev',
  summary: '开发环境登录（仅本地配置开启时存在）',
  tag: 'auth',
  access: { kind: 'public' },
  body: DevLoginSchema,
  response: LoginResultSchema,
});

export const refreshSession = defineEndpoint({
  method: 'post',
  path: '/api/auth/refresh',
  summary: '续期会话',
  tag: 'auth',
  access: { kind: 'user' },
  body: z.optional(EmptyBodySchema),
  response: SessionSchema,
});

export const logout = defineEndpoint({
  method: 'post',
  path: '/api/auth/logout',
  summary: '退出登录：会话在服务器上作废，它的令牌（包括续期得到的）立即失效',
  tag: 'auth',
  access: { kind: 'user' },
  body: z.optional(EmptyBodySchema),
  response: null,
  status: 204,
});

export const getMe = defineEndpoint({
  method: 'get',
  path: '/api/me',
  summary: '我的资料、所在支部和角色',
  tag: 'me',
  access: { kind: 'user' },
  response: MeSchema,
});

export const updateMe = defineEndpoint({
  method: 'patch',
  path: '/api/me',
  summary: '修改我的资料',
  tag: 'me',
  access: { kind: 'user' },
  body: UpdateMeSchema,
  response: ProfileSchema,
});

export const updateMyMembership = defineEndpoint({
  method: 'patch',
  path: '/api/me/memberships/:branchId',
  summary: '修改我在某支部的班组（与组织者名单上的班组是同一项）',
  tag: 'me',
  access: { kind: 'branch', branch: { param: 'branchId', resource: 'branch' }, minRole: 'masses', regionAdmin: false },
  params: z.strictObject({ branchId: IdSchema }),
  body: UpdateMyMembershipSchema,
  response: MyMembershipSchema,
});
