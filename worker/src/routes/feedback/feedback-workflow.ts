/**
 * Handling feedback: organizers move it along (受理 → 处理中 → 已解决, or 不予受理 with a reason),
 * both sides reply, the submitter rates it (好差评) and may reopen it. Every step is one batch:
 * the change and its timeline entry together, the change conditional on the state it was read in.
 */
import { addWorkingDays, endpoints, FEEDBACK_STATUS_LABELS, isClosed, ORGANIZER_TRANSITIONS, RATING_LABELS, REOPEN_WINDOW_MS, REOPENING_RATING } from '@sitebranch/shared';
import { Hono } from 'hono';
import { newId } from '../../db/ids';
import { daysWithCalendar } from '../../db/work-calendar';
import { eventStatement, loadDetail } from '../../feedback/detail';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const feedbackWorkflowRoutes = new Hono<AppEnv>();

/** The follow-up deadline of a reopened piece of feedback, from its branch's setting. */
async function followUpDue(d1: D1Database, feedbackId: string, now: number): Promise<number> {
  const { days, calendar } = await daysWithCalendar<{ followUp: number }>(
    d1,
    d1.prepare('SELECT b.feedback_follow_up_days AS followUp FROM feedback f JOIN branches b ON b.id = f.branch_id WHERE f.id = ?1').bind(feedbackId),
    now,
  );
  return addWorkingDays(now, days!.followUp, calendar);
}

/**
 * Reopening: back to 处理中 with its own deadline; a later rating is asked again. `onlyAfter` is a
 * condition the row must meet (e.g. that the rating in the same batch was written).
 */
function reopenStatement(d1: D1Database, feedbackId: string, from: string, due: number, now: number, onlyAfter = '1 = 1') {
  return d1
    .prepare(
      `UPDATE feedback SET status = 'in_progress', resolve_due_at = ?3, overdue = 0, closed_at = NULL, rating = NULL, rating_comment = NULL, updated_at = ?4
       WHERE id = ?1 AND status = ?2 AND ${onlyAfter} RETURNING id`,
    )
    .bind(feedbackId, from, due, now);
}

implement(feedbackWorkflowRoutes, endpoints.transitionFeedback, async ({ c, caller, body }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const { feedbackId, status } = caller.feedback;
  const event = { feedbackId, id: newId(), at: now, note: body.note ?? null, changedAt: now };
  let changed: D1Result<unknown> | undefined;
  if (body.to === 'reopened') {
    if (!caller.feedback.isSubmitter) throw new ApiError('forbidden', '只有提交人可以重新打开');
    const closedAt = (await d1.prepare('SELECT closed_at AS closedAt FROM feedback WHERE id = ?1').bind(feedbackId).first<{ closedAt: number | null }>())?.closedAt;
    if (!isClosed(status) || closedAt == null) throw new ApiError('conflict', '反馈还在处理中，无需重新打开');
    if (now - closedAt > REOPEN_WINDOW_MS) throw new ApiError('conflict', '办结已超过 7 天，不能再重新打开，请提交新的反馈');
    [changed] = await d1.batch([reopenStatement(d1, feedbackId, status, await followUpDue(d1, feedbackId, now), now), eventStatement(d1, { ...event, kind: 'reopened', actor: 'submitter' })]);
  } else {
    if (!caller.feedback.canHandle) throw new ApiError('forbidden', '只有负责处理的支委和书记可以操作');
    if (!ORGANIZER_TRANSITIONS[status].includes(body.to)) {
      throw new ApiError('conflict', `不能从“${FEEDBACK_STATUS_LABELS[status]}”改为“${FEEDBACK_STATUS_LABELS[body.to]}”`);
    }
    // A safety hazard is closed with proof: a photo of it fixed (photos are never deleted, so no race).
    if (body.to === 'resolved' && caller.feedback.category === 'hazard') {
      const after = await d1.prepare(`SELECT count(*) AS n FROM feedback_photos WHERE feedback_id = ?1 AND stage = 'after'`).bind(feedbackId).first<{ n: number }>();
      if (!after?.n) throw new ApiError('conflict', '安全隐患办结前，请先上传整改后的照片');
    }
    [changed] = await d1.batch([
      d1
        .prepare(
          `UPDATE feedback SET status = ?3, overdue = 0, closed_at = CASE WHEN ?3 IN ('resolved', 'declined') THEN ?4 ELSE NULL END, updated_at = ?4
           WHERE id = ?1 AND status = ?2 RETURNING id`,
        )
        .bind(feedbackId, status, body.to, now),
      eventStatement(d1, { ...event, kind: body.to, actor: 'organizer', organizerId: caller.userId }),
    ]);
  }
  if (!changed || changed.results.length === 0) throw new ApiError('conflict', '反馈刚被别人处理过，请刷新后再试');
  return loadDetail(d1, feedbackId, caller.feedback, now);
});

implement(feedbackWorkflowRoutes, endpoints.replyFeedback, async ({ c, caller, body }) => {
  const now = Date.now();
  // Someone both submitter and organizer of their own feedback replies as the submitter.
  const asOrganizer = caller.feedback.canHandle && !caller.feedback.isSubmitter;
  await c.env.DB.batch([
    c.env.DB.prepare('UPDATE feedback SET updated_at = ?2 WHERE id = ?1').bind(caller.feedback.feedbackId, now),
    eventStatement(c.env.DB, { feedbackId: caller.feedback.feedbackId, id: newId(), at: now, changedAt: now, kind: 'reply', actor: asOrganizer ? 'organizer' : 'submitter', organizerId: asOrganizer ? caller.userId : null, note: body.text }),
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
    d1.prepare('UPDATE feedback SET rating = ?2, rating_comment = ?3, updated_at = ?4 WHERE id = ?1 AND rating IS NULL RETURNING id').bind(feedbackId, body.level, body.comment || null, now),
    eventStatement(d1, { feedbackId, id: newId(), at: now, changedAt: now, kind: 'rated', actor: 'submitter', note }),
  ];
  // 不满意 or worse: reopened for follow-up with its own deadline (only if this rating was the one written).
  if (body.level <= REOPENING_RATING) {
    const rated = `rating = ${body.level} AND updated_at = ${now}`;
    statements.push(reopenStatement(d1, feedbackId, status, await followUpDue(d1, feedbackId, now), now, rated));
    statements.push(eventStatement(d1, { feedbackId, id: newId(), at: now + 1, changedAt: now, kind: 'reopened', actor: 'system', note: '评价为不满意，重新跟进' }));
  }
  const [rated] = await d1.batch(statements);
  if (rated!.results.length === 0) throw new ApiError('conflict', '已经评价过了');
  return loadDetail(d1, feedbackId, caller.feedback, now);
});
