/** Kinds of branch events: 三会一课 first, then the other organised activities of a site or community. */
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
export const MEMBERS_ONLY_KINDS: readonly EventKind[] = ['branch_assembly', 'committee_meeting', 'group_meeting', 'party_lecture', 'life_meeting'];

export const EVENT_AUDIENCES = ['members', 'everyone'] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];

export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Sign-in opens 30 minutes before the start by default, and closes at the end. */
export const DEFAULT_SIGNIN_LEAD_MS = 30 * 60_000;
/** The default geofence radius, in metres. */
export const DEFAULT_GEOFENCE_RADIUS_M = 300;
/** A scan made offline is accepted up to 24 h after its code's window. */
export const OFFLINE_REPLAY_MS = 24 * 60 * 60_000;

/** How a person came to be signed in: by themselves (QR, digits) or by an organizer. */
export const CHECKIN_METHODS = ['qr', 'digits', 'roster', 'personal_code', 'makeup'] as const;
export type CheckinMethod = (typeof CHECKIN_METHODS)[number];

export const CHECKIN_METHOD_LABELS: Record<CheckinMethod, string> = {
  qr: '扫码',
  digits: '数字码',
  roster: '代签',
  personal_code: '个人码',
  makeup: '补签',
};
