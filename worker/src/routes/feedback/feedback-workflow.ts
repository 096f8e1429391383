/**
 * Handling feedback: organizers move it along (受理 → 处理中 → 已解决, or 不予受理 with a reason),
 * both sides reply, the submitter rates it (好差评) and may reopen it. Every step is one batch:
 * the change and its timeline entry together, the change conditional on the state it was read in.
 */
import {
  addWorkingDays,
  endpoints,
  FEEDBACK_STATUS_LABELS,
  isClosed,
  ORGANIZER_TRANSITIONS,
  RATING_LABELS,
  REOPEN_WINDOW_MS,
  REOPENING_RATING,
} from '@sitebranch/shared';
import { Hono } from 'hono';
import { newId } from '../../db/ids';
import { first, sql } from '../../db/sql';
import { daysWithCalendar } from '../../db/work-calendar';
import { eventStatement, loadDetail } from '../../feedback/detail';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';
import { templateIds } from '../../notices/dispatch';
import { feedbackReplyNotice, feedbackStatusNotice } from '../../notices/person-notices';

export const feedbackWorkflowRoutes = new Hono<AppEnv>();

/** The follow-up deadline of a reopened piece of feedback, from its branch's setting. */
async function followUpDue(d1: D1Database, feedbackId: string, now: number): Promise<number> {
  const { days, calendar } = await daysWithCalendar<{ feedbackFollowUpDays: number }>(
    d1,
    sql(d1, 'SELECT b.feedback_follow_up_days FROM feedback f JOIN branches b ON b.id = f.branch_id WHERE f.id = :feedbackId', {
      feedbackId,
    }),
    now,
  );
  return addWorkingDays(now, days!.feedbackFollowUpDays, calendar);
}

/**
 * Reopening: back to 处理中 with its own deadline; a later rating is asked again. `onlyIfRated` makes
 * it conditional on the row holding that rating, stamped at `now` (the rating in the same batch was written).
 */
function reopenStatement(d1: D1Database, feedbackId: string, from: string, due: number, now: number, onlyIfRated?: number) {
  const rated = onlyIfRated === undefined ? '' : 'AND rating = :rating AND updated_at = :now';
  return sql(
    d1,
    `UPDATE feedback SET status = 'in_progress', resolve_due_at = :due, overdue = 0, closed_at = NULL, rating = NULL, rating_comment = NULL,
       updated_at = :now
     WHERE id = :feedbackId AND status = :from ${rated} RETURNING id`,
    onlyIfRated === undefined ? { feedbackId, from, due, now } : { feedbackId, from, due, now, rating: onlyIfRated },
  );
}

implement(feedbackWorkflowRoutes, endpoints.transitionFeedback, async ({ c, caller, body }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const { feedbackId, status } = caller.feedback;
  const event = { feedbackId, id: newId(), at: now, note: body.note ?? null, changedAt: now };
  let changed: D1Result<unknown> | undefined;
  if (body.to === 'reopened') {
    if (!caller.feedback.isSubmitter) throw new ApiError('forbidden', '只有提交人可以重新打开');
    const closed = await first<{ closedAt: number | null }>(
      sql(d1, 'SELECT closed_at FROM feedback WHERE id = :feedbackId', { feedbackId }),
    );
    const closedAt = closed?.closedAt;
    if (!isClosed(status) || closedAt == null) throw new ApiError('conflict', '反馈还在处理中，无需重新打开');
    if (now - closedAt > REOPEN_WINDOW_MS) throw new ApiError('conflict', '办结已超过 7 天，不能再重新打开，请提交新的反馈');
    [changed] = await d1.batch([
      reopenStatement(d1, feedbackId, status, await followUpDue(d1, feedbackId, now), now),
      eventStatement(d1, { ...event, kind: 'reopened', actor: 'submitter' }),
    ]);
  } else {
    if (!caller.feedback.canHandle) throw new ApiError('forbidden', '只有负责处理的支委和书记可以操作');
    if (!ORGANIZER_TRANSITIONS[status].includes(body.to)) {
      throw new ApiError('conflict', `不能从“${FEEDBACK_STATUS_LABELS[status]}”改为“${FEEDBACK_STATUS_LABELS[body.to]}”`);
    }
    // A safety hazard is closed with proof: a photo of it fixed (photos are never deleted, so no race).
    if (body.to === 'resolved' && caller.feedback.category === 'hazard') {
      const afterPhotos = `SELECT count(*) AS n FROM feedback_photos WHERE feedback_id = :feedbackId AND stage = 'after'`;
      const after = await first<{ n: number }>(sql(d1, afterPhotos, { feedbackId }));
      if (!after?.n) throw new ApiError('conflict', '安全隐患办结前，请先上传整改后的照片');
    }
    [changed] = await d1.batch([
      sql(
        d1,
        `UPDATE feedback SET status = :to, overdue = 0, closed_at = CASE WHEN :to IN ('resolved', 'declined') THEN :now ELSE NULL END,
           updated_at = :now
         WHERE id = :feedbackId AND status = :from RETURNING id`,
        { feedbackId, from: status, to: body.to, now },
      ),
      eventStatement(d1, { ...event, kind: body.to, actor: 'organizer', organizerId: caller.userId }),
      feedbackStatusNotice(d1, { feedbackId, timelineId: event.id, to: body.to, note: event.note }, templateIds(c.env), now),
    ]);
  }
  if (!changed || changed.results.length === 0) throw new ApiError('conflict', '反馈刚被别人处理过，请刷新后再试');
  return loadDetail(d1, feedbackId, caller.feedback, now);
});

implement(feedbackWorkflowRoutes, endpoints.replyFeedback, async ({ c, caller, body }) => {
  const now = Date.now();
  // Someone both submitter and organizer of their own feedback replies as the submitter.
  const asOrganizer = caller.feedback.canHandle && !caller.feedback.isSubmitter;
  const timelineId = newId();
  await c.env.DB.batch([
    sql(c.env.DB, 'UPDATE feedback SET updated_at = :now WHERE id = :feedbackId', { feedbackId: caller.feedback.feedbackId, now }),
    eventStatement(c.env.DB, {
      feedbackId: caller.feedback.feedbackId,
      id: timelineId,
      at: now,
      changedAt: now,
      kind: 'reply',
      actor: asOrganizer ? 'organizer' : 'submitter',
      organizerId: asOrganizer ? caller.userId : null,
      note: body.text,
    }),
    // The submitter hears of an organizer's reply; their own replies tell nobody.
    ...(asOrganizer
      ? [feedbackReplyNotice(c.env.DB, { feedbackId: caller.feedback.feedbackId, timelineId, text: body.text }, templateIds(c.env), now)]
      : []),
  ]);
  return loadDetail(c.env.DB, caller.feedback.feedbackId, caller.feedback, now);
});

implement(feedbackWorkflowRoutes, endpoints.rateFeedback, async ({ c, body, caller }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const { feedbackId, status } = caller.feedback;
  if (!isClosed(status)) throw new ApiError('conflict', '办结或不予受理后才能评价');
  const note = `${RATING_LABELS[body.level]}${body.comment ? `：${body.comment}` : ''}`;
  const statements = [
    sql(
      d1,
      'UPDATE feedback SET rating = :rating, rating_comment = :comment, updated_at = :now WHERE id = :feedbackId AND rating IS NULL RETURNING id',
      { feedbackId, rating: body.level, comment: body.comment || null, now },
    ),
    eventStatement(d1, { feedbackId, id: newId(), at: now, changedAt: now, kind: 'rated', actor: 'submitter', note }),
  ];
  // 不满意 or worse: reopened for follow-up with its own deadline (only if this rating was the one written).
  if (body.level <= REOPENING_RATING) {
    statements.push(reopenStatement(d1, feedbackId, status, await followUpDue(d1, feedbackId, now), now, body.level));
    statements.push(
      eventStatement(d1, {
        feedbackId,
        id: newId(),
        at: now + 1,
        changedAt: now,
        kind: 'reopened',
        actor: 'system',
        note: '评价为不满意，重新跟进',
      }),
    );
  }
  const [rated] = await d1.batch(statements);
  if (rated!.results.length === 0) throw new ApiError('conflict', '已经评价过了');
  return loadDetail(d1, feedbackId, caller.feedback, now);
});
