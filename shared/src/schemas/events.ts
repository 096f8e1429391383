import { TEXT_MAX } from '../domain/text-limits';
import { MAX_REMINDER_MINUTES } from '../domain/notices';
import {
  CHECKIN_METHODS,
  CHECKIN_STATUSES,
  DEFAULT_GEOFENCE_RADIUS_M,
  DEFAULT_OFFLINE_GRACE_MINUTES,
  MAX_OFFLINE_GRACE_MINUTES,
  EVENT_AUDIENCES,
  EVENT_KINDS,
  EVENT_STATUSES,
} from '../domain/events';
import * as z from '../zod';
import { IdSchema, TimestampSchema, text } from './common';

export const EventKindSchema = z.enum(EVENT_KINDS, { error: '活动类型不正确' });
export const EventAudienceSchema = z.enum(EVENT_AUDIENCES, { error: '参加范围只能是党员或全体' });
export const EventStatusSchema = z.enum(EVENT_STATUSES, { error: '活动状态不正确' });

/** A circle on the map, in GCJ-02 (what WeChat and Chinese maps use). */
export const GeofenceSchema = z.strictObject({
  lat: z.number().check(z.gte(-90, '纬度不正确'), z.lte(90, '纬度不正确')),
  lng: z.number().check(z.gte(-180, '经度不正确'), z.lte(180, '经度不正确')),
  radiusM: z._default(
    z.number().check(z.int(), z.gte(50, '签到范围至少 50 米'), z.lte(5000, '签到范围最多 5 公里')),
    DEFAULT_GEOFENCE_RADIUS_M,
  ),
});

const MAX_EVENT_MS = 7 * 24 * 60 * 60_000;

const OfflineGraceSchema = z
  .number()
  .check(
    z.int('离线签到宽限请填整数分钟'),
    z.gte(0, '离线签到宽限不能为负'),
    z.lte(MAX_OFFLINE_GRACE_MINUTES, `离线签到宽限最多 ${MAX_OFFLINE_GRACE_MINUTES / 60} 小时`),
  );

const ReminderSchema = z
  .number()
  .check(z.int(), z.gte(5, '提醒最早提前 5 分钟'), z.lte(MAX_REMINDER_MINUTES, `提醒最多提前 ${MAX_REMINDER_MINUTES / 1440} 天`));

const eventFields = {
  kind: EventKindSchema,
  title: text('活动名称', TEXT_MAX.eventTitle),
  description: z.optional(z.nullable(text('活动说明', TEXT_MAX.eventDescription))),
  placeName: text('活动地点', TEXT_MAX.place),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  /** Defaults to 30 minutes before the start. */
  checkinOpensAt: z.optional(TimestampSchema),
  /** Defaults to the end. */
  checkinClosesAt: z.optional(TimestampSchema),
  /** Checking in more than this many minutes after the start counts as late. */
  lateAfterMinutes: z._default(z.number().check(z.int(), z.gte(0, '迟到时间不能为负'), z.lte(240, '迟到时间最多 240 分钟')), 10),
  /** Defaults by kind: 三会一课 for members, the rest for everyone. */
  audience: z.optional(EventAudienceSchema),
  geofence: z.optional(z.nullable(GeofenceSchema)),
  /** A scan queued with no signal is accepted until check-in closes plus this many minutes. */
  offlineGraceMinutes: z._default(OfflineGraceSchema, DEFAULT_OFFLINE_GRACE_MINUTES),
  /** Offline check-ins count at once, without an organizer confirming each. */
  offlineAutoAccept: z._default(z.boolean(), false),
  status: z._default(z.enum(['draft', 'published'], { error: '新活动只能是草稿或发布' }), 'published'),
  /** 提醒我 goes this many minutes before the start; by kind when left out (defaultReminderMinutes). */
  remindBeforeMinutes: z.optional(ReminderSchema),
};

type Times = { startsAt?: number; endsAt?: number; checkinOpensAt?: number | undefined; checkinClosesAt?: number | undefined };

/** The times of an event must make sense together. */
const timesInOrder = z.refine<Times>((e) => e.startsAt === undefined || e.endsAt === undefined || e.endsAt > e.startsAt, {
  message: '结束时间要晚于开始时间',
  path: ['endsAt'],
});
const notTooLong = z.refine<Times>((e) => e.startsAt === undefined || e.endsAt === undefined || e.endsAt - e.startsAt <= MAX_EVENT_MS, {
  message: '活动最长 7 天',
  path: ['endsAt'],
});
const checkinInOrder = z.refine<Times>(
  (e) => e.checkinOpensAt === undefined || e.checkinClosesAt === undefined || e.checkinClosesAt > e.checkinOpensAt,
  { message: '签到截止时间要晚于签到开始时间', path: ['checkinClosesAt'] },
);

export const CreateEventSchema = z.strictObject(eventFields).check(timesInOrder, notTooLong, checkinInOrder);

export const UpdateEventSchema = z
  .strictObject({
    kind: z.optional(eventFields.kind),
    title: z.optional(eventFields.title),
    description: eventFields.description,
    placeName: z.optional(eventFields.placeName),
    startsAt: z.optional(TimestampSchema),
    endsAt: z.optional(TimestampSchema),
    checkinOpensAt: z.optional(TimestampSchema),
    checkinClosesAt: z.optional(TimestampSchema),
    lateAfterMinutes: z.optional(z.number().check(z.int(), z.gte(0, '迟到时间不能为负'), z.lte(240, '迟到时间最多 240 分钟'))),
    audience: z.optional(EventAudienceSchema),
    geofence: eventFields.geofence,
    offlineGraceMinutes: z.optional(OfflineGraceSchema),
    offlineAutoAccept: z.optional(z.boolean()),
    status: z.optional(EventStatusSchema),
    remindBeforeMinutes: z.optional(ReminderSchema),
  })
  .check(
    z.refine((body) => Object.keys(body).length > 0, '请至少修改一项'),
    timesInOrder,
    notTooLong,
    checkinInOrder,
  );

export const EventSchema = z.object({
  id: IdSchema,
  branchId: IdSchema,
  kind: EventKindSchema,
  title: z.string(),
  description: z.nullable(z.string()),
  placeName: z.string(),
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  checkinOpensAt: TimestampSchema,
  checkinClosesAt: TimestampSchema,
  lateAfterMinutes: z.number(),
  audience: EventAudienceSchema,
  /** Whether check-in checks the location. */
  geofenced: z.boolean(),
  /** The fence itself goes only to organizers: the centre would let anyone claim to stand there. */
  geofence: z.nullable(z.object({ lat: z.number(), lng: z.number(), radiusM: z.number() })),
  offlineGraceMinutes: z.number(),
  offlineAutoAccept: z.boolean(),
  status: EventStatusSchema,
  remindBeforeMinutes: z.number(),
  checkinCount: z.number(),
  createdAt: TimestampSchema,
});
export type BranchEvent = z.infer<typeof EventSchema>;

export const EventListQuerySchema = z.strictObject({
  /** Events that end after this time (default: 7 days ago). */
  from: z.optional(z.pipe(z.string().check(z.regex(/^\d{1,15}$/, '时间格式不正确')), z.transform(Number))),
  /** Events that start before this time (default: 60 days ahead). */
  to: z.optional(z.pipe(z.string().check(z.regex(/^\d{1,15}$/, '时间格式不正确')), z.transform(Number))),
});

/** For organizers' screens: the key that lets them draw codes with no network. */
export const EventCodeKeySchema = z.object({
  eventId: IdSchema,
  key: z.string(),
  windowMs: z.number(),
  qrAcceptMs: z.number(),
  digitsAcceptMs: z.number(),
  serverTime: TimestampSchema,
});

export const CheckinRequestSchema = z
  .strictObject({
    /** The QR token `<window>.<signature>` from the scanned link. */
    token: z.optional(z.string().check(z.maxLength(64, '签到码格式不正确'))),
    /** The 6-digit code, typed. */
    digits: z.optional(z.string().check(z.regex(/^\d{6}$/, '请输入 6 位数字签到码'))),
    /** When the phone scanned: required for scans queued with no signal. */
    scannedAt: z.optional(TimestampSchema),
    offline: z._default(z.boolean(), false),
    /** GCJ-02, as the phone measured it. */
    location: z.optional(
      z.strictObject({
        lat: z.number().check(z.gte(-90), z.lte(90)),
        lng: z.number().check(z.gte(-180), z.lte(180)),
        accuracyM: z.optional(z.number().check(z.gte(0))),
      }),
    ),
  })
  .check(z.refine((b) => (b.token === undefined) !== (b.digits === undefined), '请扫描签到二维码或输入 6 位签到码'));

export const CheckinSchema = z.object({
  eventId: IdSchema,
  userId: IdSchema,
  method: z.enum(CHECKIN_METHODS),
  checkedInAt: TimestampSchema,
  late: z.boolean(),
  offline: z.boolean(),
  /** `pending` for an offline check-in until an organizer confirms it (or `refused`). */
  status: z.enum(CHECKIN_STATUSES),
});

export const CheckinResultSchema = z.object({
  checkin: CheckinSchema,
  /** True when this person had already checked in: the existing record is returned. */
  alreadyCheckedIn: z.boolean(),
});
