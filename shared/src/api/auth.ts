import { EmptyBodySchema, IdSchema } from '../schemas/common';
import {
  CollectTicketSchema,
  DeviceSessionSchema,
  DevLoginSchema,
  LoginResultSchema,
  LoginTicketSchema,
  SessionSchema,
  TicketDecisionSchema,
  TicketProgressSchema,
  TicketRequestSchema,
  WechatLoginSchema,
} from '../schemas/auth';
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
  errors: ['wechat_code_invalid', 'wechat_user_blocked', 'not_found', 'wechat_rate_limited', 'too_many_logins', 'wechat_unavailable'],
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

const TicketParams = z.strictObject({ id: IdSchema });

export const createLoginTicket = defineEndpoint({
  method: 'post',
  path: '/api/auth/tickets',
  summary: '电脑扫码登录：电脑申请一次性登录二维码（2 分钟有效，按地址限频）',
  tag: 'auth',
  access: { kind: 'public' },
  body: z.optional(EmptyBodySchema),
  response: LoginTicketSchema,
  status: 201,
  errors: ['too_many_tickets'],
});

export const collectLoginTicket = defineEndpoint({
  method: 'post',
  path: '/api/auth/tickets/:id/session',
  summary: '电脑扫码登录：电脑凭自己持有的密钥查询二维码状态，手机确认后领取电脑会话（12 小时，只能领取一次）',
  tag: 'auth',
  access: { kind: 'public' },
  params: TicketParams,
  body: CollectTicketSchema,
  response: TicketProgressSchema,
  errors: ['ticket_used'],
});

export const scanLoginTicket = defineEndpoint({
  method: 'post',
  path: '/api/auth/tickets/:id/scan',
  summary: '电脑扫码登录：手机扫码后查看是哪台电脑在申请登录（二维码归扫码人）',
  tag: 'auth',
  access: { kind: 'user' },
  params: TicketParams,
  body: z.optional(EmptyBodySchema),
  response: TicketRequestSchema,
  errors: ['computer_cannot_confirm', 'ticket_taken', 'ticket_expired'],
});

export const decideLoginTicket = defineEndpoint({
  method: 'post',
  path: '/api/auth/tickets/:id/confirm',
  summary: '电脑扫码登录：手机确认或拒绝这台电脑登录（只能用小程序的会话，不能用电脑会话）',
  tag: 'auth',
  access: { kind: 'user' },
  params: TicketParams,
  body: TicketDecisionSchema,
  response: null,
  status: 204,
  errors: ['computer_cannot_confirm', 'ticket_taken', 'ticket_not_scanned', 'ticket_expired', 'ticket_used'],
});

export const listMySessions = defineEndpoint({
  method: 'get',
  path: '/api/me/sessions',
  summary: '登录设备：我当前有效的登录（手机与电脑）',
  tag: 'me',
  access: { kind: 'user' },
  response: z.object({ sessions: z.array(DeviceSessionSchema) }),
});

export const endMySession = defineEndpoint({
  method: 'delete',
  path: '/api/me/sessions/:id',
  summary: '登录设备：让某个登录立即失效（例如忘了退出的电脑）',
  tag: 'me',
  access: { kind: 'user' },
  params: z.strictObject({ id: IdSchema }),
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
