/** Notices (消息): one's own list and its unread count, 提醒我 on an event, and WeChat consents. */
import { IdSchema } from '../schemas/common';
import {
  NoticeListQuerySchema,
  NoticeListSchema,
  NoticeParamsSchema,
  NoticeTemplatesSchema,
  SubscriptionAnswerSchema,
  SubscriptionsSchema,
  UnreadSchema,
  WatchSchema,
} from '../schemas/notices';
import * as z from '../zod';
import { defineEndpoint } from './endpoint';

const EventParams = z.strictObject({ id: IdSchema });
const thisEvent = { param: 'id', resource: 'event' } as const;

export const listMyNotices = defineEndpoint({
  method: 'get',
  path: '/api/me/notices',
  summary: '我的消息：最近的在前，保留 90 天',
  tag: 'notices',
  access: { kind: 'user' },
  query: NoticeListQuerySchema,
  response: NoticeListSchema,
});

export const countMyUnread = defineEndpoint({
  method: 'get',
  path: '/api/me/notices/unread',
  summary: '未读消息数（标签上的红点）',
  tag: 'notices',
  access: { kind: 'user' },
  response: UnreadSchema,
});

export const readNotice = defineEndpoint({
  method: 'post',
  path: '/api/me/notices/:id/read',
  summary: '打开一条消息：标为已读',
  tag: 'notices',
  access: { kind: 'user' },
  params: NoticeParamsSchema,
  response: UnreadSchema,
});

export const readAllNotices = defineEndpoint({
  method: 'post',
  path: '/api/me/notices/read',
  summary: '全部标为已读',
  tag: 'notices',
  access: { kind: 'user' },
  response: UnreadSchema,
});

export const watchEvent = defineEndpoint({
  method: 'put',
  path: '/api/events/:id/watch',
  summary: '提醒我：活动开始前提醒，改期或取消时通知',
  tag: 'notices',
  access: { kind: 'branch', branch: thisEvent, minRole: 'masses', regionAdmin: false },
  params: EventParams,
  response: WatchSchema,
  errors: ['members_only', 'event_not_open'],
});

export const unwatchEvent = defineEndpoint({
  method: 'delete',
  path: '/api/events/:id/watch',
  summary: '不再提醒这个活动',
  tag: 'notices',
  access: { kind: 'branch', branch: thisEvent, minRole: 'masses', regionAdmin: false },
  params: EventParams,
  response: WatchSchema,
});

export const answerSubscription = defineEndpoint({
  method: 'post',
  path: '/api/me/subscriptions',
  summary: '记下订阅消息的授权：每同意一次，可收到一条该类消息；拒绝的不再推送',
  tag: 'notices',
  access: { kind: 'user' },
  body: SubscriptionAnswerSchema,
  response: SubscriptionsSchema,
});

export const noticeTemplates = defineEndpoint({
  method: 'get',
  path: '/api/notices/templates',
  summary: '订阅消息模板编号（部署时配置；未配置的为 null）',
  tag: 'notices',
  access: { kind: 'user' },
  response: NoticeTemplatesSchema,
});
