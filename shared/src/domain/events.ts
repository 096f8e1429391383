/** Kinds of branch events: 三会一课 first, then the other organized activities of a site or community. */
export const EVENT_KINDS = [
  'branch_assembly',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'theme_day',
  'life_meeting',
  'safety_forum',
  'training',
  'volunteer',
  'other',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  branch_assembly: '支部党员大会',
  committee_meeting: '支委会',
  group_meeting: '党小组会',
  party_lecture: '党课',
  theme_day: '主题党日',
  life_meeting: '组织生活会',
  safety_forum: '安全论坛',
  training: '教育培训/班前会',
  volunteer: '志愿服务（我为群众办实事）',
  other: '其他',
};

/** 三会一课 and 组织生活会 are Party members' meetings unless the organizer says otherwise. */
export const MEMBERS_ONLY_KINDS: readonly EventKind[] = [
  'branch_assembly',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'life_meeting',
];

export const EVENT_AUDIENCES = ['members', 'everyone'] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Check-in opens 30 minutes before the start by default, and closes at the end. */
export const DEFAULT_CHECKIN_LEAD_MS = 30 * 60_000;
/** The default geofence radius, in metres. */
export const DEFAULT_GEOFENCE_RADIUS_M = 300;
/**
 * A scan queued with no signal is accepted until the event's check-in closes plus a grace the
 * organizer sets (default 2 hours, at most 24), and counts only once an organizer confirms it
 * (unless the event accepts offline check-ins automatically): it is a claim, not a proof.
 */
export const DEFAULT_OFFLINE_GRACE_MINUTES = 120;
export const MAX_OFFLINE_GRACE_MINUTES = 24 * 60;
/** The graces an organizer picks from in the app. */
export const OFFLINE_GRACE_CHOICES = [0, 30, 60, 120, 240, 480, 720, 1440] as const;

/** How long a queued scan may still be uploaded after check-in closes, in words. */
export function offlineGraceLabel(minutes: number): string {
  if (minutes === 0) return '签到结束前上传';
  return `签到结束后 ${minutes % 60 === 0 ? `${minutes / 60} 小时` : `${minutes} 分钟`}内上传`;
}

/** A check-in is confirmed, or (offline ones) waits for an organizer, who may refuse it. */
export const CHECKIN_STATUSES = ['confirmed', 'pending', 'refused'] as const;
export type CheckinStatus = (typeof CHECKIN_STATUSES)[number];

export const CHECKIN_STATUS_LABELS: Record<CheckinStatus, string> = {
  confirmed: '已确认',
  pending: '待确认',
  refused: '未通过',
};

/** Wrong 6-digit codes allowed in ten minutes: per person and event, and per event from everyone. */
export const WRONG_DIGITS_LIMIT = { perPerson: 5, perEvent: 100, windowMinutes: 10 } as const;

/** How a person came to be checked in: by themselves (QR, digits) or by an organizer. */
export const CHECKIN_METHODS = ['qr', 'digits', 'roster', 'personal_code', 'makeup', 'jielong'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];

export const CHECKIN_METHOD_LABELS: Record<CheckinMethod, string> = {
  qr: '扫码',
  digits: '数字码',
  roster: '代签',
  personal_code: '个人码',
  makeup: '补签',
  /** A roster check-in from a WeChat 接龙 list pasted by an organizer. */
  jielong: '接龙',
};

/** Check-ins an organizer makes for people present (not make-ups): they count as roster check-ins (代签). */
export const ORGANIZER_CHECKIN_METHODS = ['roster', 'personal_code', 'jielong'] as const satisfies readonly CheckinMethod[];
