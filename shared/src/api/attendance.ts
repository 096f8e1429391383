/** Attendance: organizers checking others in, leave and make-up, the records and one's own history. */
import {
  AttendanceSchema,
  LeaveBodySchema,
  LeaveSchema,
  MakeupCheckinSchema,
  MyAttendanceSchema,
  PersonalCheckinResultSchema,
  PersonalCheckinSchema,
  PersonalCodeKeySchema,
  ReviewCheckinsResultSchema,
  ReviewCheckinsSchema,
  RosterCheckinResultSchema,
  RosterCheckinSchema,
  UndoCheckinResultSchema,
  UndoCheckinSchema,
} from '../schemas/attendance';
import { IdSchema } from '../schemas/common';
import { CheckinSchema } from '../schemas/events';
import * as z from '../zod';
import { defineEndpoint } from './endpoint';

const BranchParams = z.strictObject({ id: IdSchema });
const EventParams = z.strictObject({ id: IdSchema });
const thisEvent = { param: 'id', resource: 'event' } as const;

export const rosterCheckIn = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/checkins/roster',
  summary: '组织者按花名册代签到：选人或整个班组',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  body: RosterCheckinSchema,
  response: RosterCheckinResultSchema,
  errors: ['checkin_closed'],
});

export const getAttendance = defineEndpoint({
  method: 'get',
  path: '/api/events/:id/attendance',
  summary: '出勤情况：应到、实到（时间、方式、迟到、离线）、缺席和出勤率',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: true },
  params: EventParams,
  response: AttendanceSchema,
});

export const leave = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/leaves',
  summary: '请假：成员在活动开始前申请 { reason }；组织者批准或不批准 { userId, decision, note? }',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'masses', regionAdmin: false },
  params: EventParams,
  body: LeaveBodySchema,
  response: LeaveSchema,
  errors: ['conflict'],
});

export const reviewCheckins = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/checkins/review',
  summary: '确认或不通过离线签到（离线签到是本人的声明，组织者确认后才计入出勤）',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  body: ReviewCheckinsSchema,
  response: ReviewCheckinsResultSchema,
});

export const undoCheckin = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/checkins/undo',
  summary: '撤销组织者代签、个人码签到（签到开放期间）或补签，写明原因；撤销记录保留',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  body: UndoCheckinSchema,
  response: UndoCheckinResultSchema,
  errors: ['conflict', 'checkin_closed'],
});

export const makeupCheckIn = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/checkins/makeup',
  summary: '补签：组织者事后为某人记录签到，并写明原因',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  body: MakeupCheckinSchema,
  response: CheckinSchema,
  errors: ['conflict', 'checkin_not_started'],
});

export const personalCheckIn = defineEndpoint({
  method: 'post',
  path: '/api/events/:id/checkins/personal',
  summary: '组织者扫描成员的个人签到码（我的签到码）为其签到',
  tag: 'checkin',
  access: { kind: 'branch', branch: thisEvent, minRole: 'committee', regionAdmin: false },
  params: EventParams,
  body: PersonalCheckinSchema,
  response: PersonalCheckinResultSchema,
  errors: ['code_invalid', 'code_expired', 'members_only', 'checkin_closed'],
});

export const getPersonalCode = defineEndpoint({
  method: 'get',
  path: '/api/me/checkin-code',
  summary: '我的签到码密钥：手机离线也能每分钟生成新的个人签到码',
  tag: 'checkin',
  access: { kind: 'user' },
  response: PersonalCodeKeySchema,
});

export const myAttendance = defineEndpoint({
  method: 'get',
  path: '/api/branches/:id/attendance/me',
  summary: '我在本支部的出勤记录和出勤率',
  tag: 'checkin',
  access: { kind: 'branch', branch: { param: 'id', resource: 'branch' }, minRole: 'masses', regionAdmin: false },
  params: BranchParams,
  response: MyAttendanceSchema,
});
