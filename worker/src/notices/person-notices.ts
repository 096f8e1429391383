/**
 * Notices to one person, written in the same batch as the change they tell of, and only if that
 * change was written (the statement checks the row the batch just stamped with `:now`): a named
 * submitter's feedback moving on or answered, a leave decided. Anonymous feedback has no person
 * to reach; the form says so.
 */
import { FEEDBACK_STATUS_LABELS, type FeedbackStatus } from '@sitebranch/shared';
import type { TemplateIds } from './dispatch';
import { thing, wechatFields, wechatTime, writeNotices, type NoticeSql } from './write';

const FEEDBACK_FROM = `FROM feedback f WHERE f.id = :feedbackId AND f.user_id IS NOT NULL AND f.updated_at = :now`;
const feedbackLink = `'/pages/feedback-detail/index?id=' || f.id`;

/** The submitter's notice of a status change (`timelineId`: the change's timeline entry). */
export function feedbackStatusNotice(
  d1: D1Database,
  change: { feedbackId: string; timelineId: string; to: FeedbackStatus; note: string | null },
  templates: TemplateIds,
  now: number,
) {
  const label = FEEDBACK_STATUS_LABELS[change.to];
  const notice: NoticeSql = {
    kind: 'feedback_status',
    who: 'f.user_id',
    title: `'您的反馈' || :label`,
    body: `coalesce(:note, '') || CASE WHEN :note IS NULL THEN '“' || substr(f.text, 1, 30) || '”状态更新为' || :label ELSE '' END`,
    link: feedbackLink,
    refKey: `'feedback:' || :timelineId`,
    wechat: wechatFields({
      thing1: thing('f.text'),
      phrase2: `substr(:label, 1, 5)`,
      thing3: thing(`coalesce(:note, '请打开小程序查看')`),
      time4: wechatTime(':now'),
    }),
    from: FEEDBACK_FROM,
  };
  return writeNotices(
    d1,
    notice,
    { feedbackId: change.feedbackId, timelineId: change.timelineId, label, note: change.note },
    templates,
    now,
  );
}

/** The submitter's notice of an organizer's reply. */
export function feedbackReplyNotice(
  d1: D1Database,
  reply: { feedbackId: string; timelineId: string; text: string },
  templates: TemplateIds,
  now: number,
) {
  const notice: NoticeSql = {
    kind: 'feedback_reply',
    who: 'f.user_id',
    title: `'您的反馈有新回复'`,
    body: `:text`,
    link: feedbackLink,
    refKey: `'feedback:' || :timelineId`,
    wechat: wechatFields({ thing1: thing('f.text'), phrase2: `'已回复'`, thing3: thing(':text'), time4: wechatTime(':now') }),
    from: FEEDBACK_FROM,
  };
  return writeNotices(d1, notice, { feedbackId: reply.feedbackId, timelineId: reply.timelineId, text: reply.text }, templates, now);
}

/** The person's notice of their leave decided (the statement before it stamped `decided_at = :now`). */
export function leaveDecisionNotice(d1: D1Database, leave: { eventId: string; userId: string }, templates: TemplateIds, now: number) {
  const notice: NoticeSql = {
    kind: 'leave_decision',
    who: 'l.user_id',
    title: `'请假' || CASE l.status WHEN 'approved' THEN '已批准' ELSE '未批准' END || '：' || e.title`,
    body: `CASE l.status WHEN 'approved' THEN '组织者已批准您的请假。' ELSE '组织者未批准您的请假，请按时参加。' END || coalesce('备注：' || l.note, '')`,
    link: `'/pages/event/index?id=' || e.id`,
    refKey: `'leave:' || e.id || ':' || l.decided_at`,
    eventStartsAt: 'e.starts_at',
    wechat: wechatFields({
      thing1: thing('e.title'),
      phrase2: `CASE l.status WHEN 'approved' THEN '已批准' ELSE '未批准' END`,
      thing3: thing(`coalesce(l.note, '请打开小程序查看')`),
    }),
    from: `FROM leaves l JOIN events e ON e.id = l.event_id WHERE l.event_id = :eventId AND l.user_id = :userId AND l.decided_at = :now`,
  };
  return writeNotices(d1, notice, leave, templates, now);
}
