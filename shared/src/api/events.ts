import { IdSchema } from '../schemas/common';
import {
  AttendanceSchema,
  CheckinRequestSchema,
  CheckinSchema,
  CheckinResultSchema,
  CreateEventSchema,
  EventCodeKeySchema,
  EventListQuerySchema,
  EventSchema,
  LeaveBodySchema,
  LeaveSchema,
  MakeupCheckinSchema,
  RosterCheckinResultSchema,
  RosterCheckinSchema,
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
  tag: 'signin',
  access: { kind: 'branch', branch: { param: 'id', resource: 'branch' }, minRole: 'masses', regionAdmin: true },
  params: BranchParams,
  query: EventListQuerySchema,
  response: z.object({ events: z.array(EventSchema) }),
});

export const createEvent = defineEndpoint({
  method: 'post',
  path: '/api/branches/:id/events',
  summary: '新建活动（支委、书记）',
  tag: 'signin',
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
  tag: 'signin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'masses', regionAdmin: true },
  params: EventParams,
  response: EventSchema,
});

export const updateEvent = defineEndpoint({
  method: 'patch',
  path: '/api/events/:id',
  summary: '修改活动（支委、书记）',
  tag: 'signin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  body: UpdateEventSchema,
  response: EventSchema,
});

export const cancelEvent = defineEndpoint({
  method: 'delete',
  path: '/api/events/:id',
  summary: '取消活动（支委、书记）；已有的签到记录保留',
  tag: 'signin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  response: null,
  status: 204,
});

export const getEventCode = defineEndpoint({
  method: 'get',
  path: '/api/events/:id/code',
  summary: '组织者的签到码密钥：在大屏上离线轮换二维码和 6 位数字码',
  tag: 'signin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  response: EventCodeKeySchema,
});

export const checkIn = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/checkins',
  summary: '扫码或输入数字码签到；重复签到返回已有记录',
  tag: 'signin',
  access: { kind: 'eventMemberInQuery', eventParam: 'id' },
  params: EventParams,
  body: CheckinRequestSchema,
  response: CheckinResultSchema,
});

export const rosterCheckIn = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/checkins/roster',
  summary: '组织者按花名册代签到：选人或整个班组',
  tag: 'signin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  body: RosterCheckinSchema,
  response: RosterCheckinResultSchema,
});

export const getAttendance = defineEndpoint({
  method: 'get',
  path: '/api/events/:id/attendance',
  summary: '出勤情况：应到、实到（时间、方式、迟到、离线）、缺席和出勤率',
  tag: 'signin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: true },
  params: EventParams,
  response: AttendanceSchema,
});

export const leave = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/leaves',
  summary: '请假：成员在活动开始前申请 { reason }；组织者批准或不批准 { userId, decision, note? }',
  tag: 'signin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'masses', regionAdmin: false },
  params: EventParams,
  body: LeaveBodySchema,
  response: LeaveSchema,
});

export const makeupCheckIn = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/checkins/makeup',
  summary: '补签：组织者事后为某人记录签到，并写明原因',
  tag: 'signin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  body: MakeupCheckinSchema,
  response: CheckinSchema,
});
