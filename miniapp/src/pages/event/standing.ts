import { CHECKIN_METHOD_LABELS, formatCst, LEAVE_STATUS_LABELS, type EventForMe } from '@sitebranch/shared';

/** One line saying where the person stands at an event: checked in, on leave, or nothing yet. */
export function standingText(event: EventForMe, now = Date.now()): string | null {
  const { checkin, leave } = event.mine;
  if (checkin) {
    const how = `${formatCst(checkin.checkedInAt).slice(11)}（${CHECKIN_METHOD_LABELS[checkin.method]}）${checkin.late ? ' · 迟到' : ''}`;
    // An offline check-in is a claim until an organizer confirms it.
    if (checkin.status === 'pending') return `离线签到 ${how} · 待组织者确认`;
    if (checkin.status === 'refused') return `离线签到 ${how} · 未通过，请联系组织者`;
    return `已签到 ${how}${checkin.offline ? ' · 离线签到' : ''}`;
  }
  if (leave) return `请假${LEAVE_STATUS_LABELS[leave.status]}${leave.note ? `：${leave.note}` : ''}`;
  if (event.status === 'published' && now > event.checkinClosesAt) return '未签到';
  return null;
}

/** A member may ask for leave until the event starts, unless checked in or already excused. */
export function canAskLeave(event: EventForMe, now = Date.now()): boolean {
  return event.status === 'published' && now < event.startsAt && !event.mine.checkin && event.mine.leave?.status !== 'approved';
}

/** How a standing should look: green only for an on-time check-in; late or waiting amber; missed or refused red. */
export type StandingTone = 'ok' | 'warn' | 'bad' | 'plain';

export function standingTone(event: EventForMe, now = Date.now()): StandingTone {
  const { checkin, leave } = event.mine;
  if (checkin) {
    if (checkin.status === 'refused') return 'bad';
    return checkin.status === 'pending' || checkin.late ? 'warn' : 'ok';
  }
  if (leave) return leave.status === 'approved' ? 'plain' : leave.status === 'pending' ? 'warn' : 'bad';
  return event.status === 'published' && now > event.checkinClosesAt ? 'bad' : 'plain';
}
