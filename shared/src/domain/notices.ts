/**
 * Notices (消息): what the app tells a person without being asked — an event about to start, moved
 * or cancelled, their feedback's progress, a leave decision, an organizer's daily to-do, a contest
 * opening. Each is a row in the person's 消息 list (the record, and all that H5 has); on weapp it is
 * also sent as a WeChat subscribe message when the person agreed to that template.
 */
import { CST_OFFSET_MS, DAY_MS } from './constants';
import type { EventKind } from './events';

export const NOTICE_KINDS = [
  'event_reminder',
  'event_moved',
  'event_cancelled',
  'feedback_status',
  'feedback_reply',
  'leave_decision',
  'organizer_digest',
  'meetings_missing',
  'contest_open',
  'contest_last_day',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  event_reminder: '活动提醒',
  event_moved: '活动时间变更',
  event_cancelled: '活动取消',
  feedback_status: '反馈进展',
  feedback_reply: '反馈回复',
  leave_decision: '请假审批',
  organizer_digest: '今日待办',
  meetings_missing: '三会一课提醒',
  contest_open: '竞赛开始',
  contest_last_day: '竞赛最后一天',
};

/**
 * The WeChat templates a person agrees to, one per kind of consent; their ids are deploy vars
 * (README: Reminders). One agreement allows one message (一次性订阅), so the app asks again
 * at the next moment it makes sense.
 */
export const SUBSCRIBE_TEMPLATES = ['event', 'feedback', 'leave', 'organizer', 'contest'] as const;
export type SubscribeTemplate = (typeof SUBSCRIBE_TEMPLATES)[number];

export const TEMPLATE_OF_KIND: Record<NoticeKind, SubscribeTemplate> = {
  event_reminder: 'event',
  event_moved: 'event',
  event_cancelled: 'event',
  feedback_status: 'feedback',
  feedback_reply: 'feedback',
  leave_decision: 'leave',
  organizer_digest: 'organizer',
  meetings_missing: 'organizer',
  contest_open: 'contest',
  contest_last_day: 'contest',
};

/** The deploy var holding each template's id. */
export const TEMPLATE_VARS = {
  event: 'WECHAT_TEMPLATE_EVENT',
  feedback: 'WECHAT_TEMPLATE_FEEDBACK',
  leave: 'WECHAT_TEMPLATE_LEAVE',
  organizer: 'WECHAT_TEMPLATE_ORGANIZER',
  contest: 'WECHAT_TEMPLATE_CONTEST',
} as const satisfies Record<SubscribeTemplate, `WECHAT_TEMPLATE_${string}`>;

/** How long before an event its reminder goes: 30 minutes for a 班前会, a day for 三会一课 and 党课. */
export function defaultReminderMinutes(kind: EventKind): number {
  if (kind === 'training' || kind === 'safety_forum') return 30;
  if (kind === 'branch_assembly' || kind === 'committee_meeting' || kind === 'group_meeting' || kind === 'party_lecture') return 24 * 60;
  return 2 * 60;
}

/** What an organizer may choose for an event's reminder, in minutes before it starts. */
export const REMINDER_CHOICES = [15, 30, 60, 120, 24 * 60, 2 * 24 * 60] as const;
export const MAX_REMINDER_MINUTES = 7 * 24 * 60;

export function reminderLabel(minutes: number): string {
  if (minutes % (24 * 60) === 0) return `提前 ${minutes / (24 * 60)} 天`;
  if (minutes % 60 === 0) return `提前 ${minutes / 60} 小时`;
  return `提前 ${minutes} 分钟`;
}

/** Notices are kept this long, then forgotten by the cron. */
export const NOTICE_KEEP_DAYS = 90;

/** 22:00–6:30 China time: WeChat messages that can wait are held until it ends. */
export const QUIET_HOURS = { fromMinute: 22 * 60, untilMinute: 6 * 60 + 30 } as const;

/** The end of the quiet hours `at` falls in, or null when it is not in them. */
export function quietUntil(at: number): number | null {
  const local = at + CST_OFFSET_MS;
  const minute = Math.floor((local % DAY_MS) / 60_000);
  const dayStart = local - (local % DAY_MS) - CST_OFFSET_MS;
  const end = QUIET_HOURS.untilMinute * 60_000;
  if (minute < QUIET_HOURS.untilMinute) return dayStart + end;
  if (minute >= QUIET_HOURS.fromMinute) return dayStart + DAY_MS + end;
  return null;
}

/**
 * A change to an event that starts before the quiet hours end, or within this long after, goes at
 * once even at night: otherwise the person would come for nothing, or miss it.
 */
export const URGENT_WITHIN_MS = 60 * 60_000;
