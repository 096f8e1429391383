import { EventForMeSchema } from '../schemas/attendance';
import { IdSchema } from '../schemas/common';
import {
  CheckinRequestSchema,
  CheckinResultSchema,
  CreateEventSchema,
  EventCodeKeySchema,
  EventListQuerySchema,
  EventSchema,
  UpdateEventSchema,
} from '../schemas/events';
import * as z from '../zod';
import { defineEndpoint } from './endpoint';

const BranchParams = z.strictObject({ id: IdSchema });
const EventParams = z.strictObject({ id: IdSchema });
const thisEvent = { param: 'id', resource: 'event' } as const;

export const listEvents = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id/events',
  summary: '支部的活动（群众只看到面向全体的活动，草稿只有组织者看到）',
  tag: 'checkin',
  access: { kind: 'branch', branch: { param: 'id', resource: 'branch' }, minRole: 'masses', regionAdmin: true },
  params: BranchParams,
  query: EventListQuerySchema,
  response: z.object({ events: z.array(EventForMeSchema) }),
});

export const createEvent = defineEndpoint({
  method: 'post',
  path: '/api/branches/:id/events',
  summary: '新建活动（支委、书记）',
  tag: 'checkin',
  access: { kind: 'branch', branch: { param: 'id', resource: 'branch' }, minRole: 'committee', regionAdmin: false },
  params: BranchParams,
  body: CreateEventSchema,
  response: EventSchema,
  status: 201,
});

export const getEvent = defineEndpoint({
  method: 'get',
  path: '/api/events/:id',
  summary: '活动详情',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'masses', regionAdmin: true },
  params: EventParams,
  response: EventForMeSchema,
  errors: ['members_only'],
});

export const updateEvent = defineEndpoint({
  method: 'patch',
  path: '/api/events/:id',
  summary: '修改活动（支委、书记）',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  body: UpdateEventSchema,
  response: EventSchema,
});

export const cancelEvent = defineEndpoint({
  method: 'delete',
  path: '/api/events/:id',
  summary: '取消活动（支委、书记）；已有的签到记录保留',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  response: null,
  status: 204,
});

export const getEventCode = defineEndpoint({
  method: 'get',
  path: '/api/events/:id/code',
  summary: '组织者的签到码密钥：在大屏上离线轮换二维码和 6 位数字码',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  response: EventCodeKeySchema,
});

export const checkIn = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/checkins',
  summary: '扫码或输入数字码签到；重复签到返回已有记录',
  tag: 'checkin',
  access: { kind: 'eventMemberInQuery', eventParam: 'id' },
  sessionCheckedInQuery: true,
  params: EventParams,
  body: CheckinRequestSchema,
  response: CheckinResultSchema,
  errors: [
    'code_invalid',
    'code_expired',
    'location_required',
    'members_only',
    'out_of_range',
    'event_not_open',
    'checkin_not_started',
    'checkin_closed',
    'too_many_attempts',
  ],
});
