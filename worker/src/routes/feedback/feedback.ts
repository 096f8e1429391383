/** Feedback: submitting (named or anonymous), lists for organizers and submitters, the receipt look-up, settings. */
import { addWorkingDays, anonymousByDefault, defaultRoute, endpoints, NO_DISCIPLINE_CONTACT_MESSAGE } from '@sitebranch/shared';
import { and, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { secret } from '../../auth/secrets';
import { handlesCategory } from '../../authz/feedback-access';
import { branches, memberships } from '../../db/schema';
import { newId, newReceiptCode } from '../../db/ids';
import { all, first, sql } from '../../db/sql';
import { daysWithCalendar } from '../../db/work-calendar';
import { loadDetail, SUMMARY_COLUMNS, toSummary, type SummaryRow } from '../../feedback/detail';
import { receiptHash } from '../../feedback/receipt';
import { earlierSubmit, retryKeys } from '../../feedback/retried-submit';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';
import { submitStatements } from './feedback-submit-statements';

export const feedbackRoutes = new Hono<AppEnv>();

/** Lists to handle: overdue first, then what is still open, newest first; 200 at most. */
const TO_HANDLE_ORDER = `ORDER BY f.overdue DESC, f.status IN ('resolved', 'declined'), f.created_at DESC LIMIT 200`;

implement(feedbackRoutes, endpoints.submitFeedback, async ({ c, caller, params, body }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const anonymous = body.anonymous ?? anonymousByDefault(body.category);
  const { days, calendar } = await daysWithCalendar<{ accept: number; resolve: number; hasContact: number }>(
    d1,
    sql(
      d1,
      `SELECT feedback_accept_days AS accept, feedback_resolve_days AS resolve,
         EXISTS (SELECT 1 FROM region_discipline_contacts dc WHERE dc.region_id = b.region_id) AS has_contact
       FROM branches b WHERE id = :branchId`,
      { branchId: params.id },
    ),
    now,
  );
  const routedTo = body.routeTo ?? defaultRoute(body.category, anonymous, days!.hasContact === 1);
  if (routedTo === 'region' && days!.hasContact !== 1)
    throw new ApiError('conflict', NO_DISCIPLINE_CONTACT_MESSAGE, { routeTo: NO_DISCIPLINE_CONTACT_MESSAGE });
  const acceptDueAt = addWorkingDays(now, days!.accept, calendar);
  const resolveDueAt = addWorkingDays(now, days!.resolve, calendar);
  const rateSecret = secret(c.env, 'FEEDBACK_RATE_SECRET');
  const keys = retryKeys(rateSecret, secret(c.env, 'RECEIPT_SECRET'), caller.userId, body.clientRef);
  const earlier = await earlierSubmit(d1, keys);
  if (earlier) return earlier;
  const receipt = anonymous ? (keys.retryReceipt ?? newReceiptCode()) : null;
  const id = newId();
  const statements = submitStatements(
    d1,
    {
      id,
      branchId: params.id,
      category: body.category,
      routedTo,
      text: body.text,
      place: body.place ?? null,
      anonymous,
      userId: anonymous ? null : caller.userId,
      receiptHash: receipt && receiptHash(secret(c.env, 'RECEIPT_SECRET'), receipt),
      acceptDueAt,
      resolveDueAt,
      now,
      dedupeKey: keys.dedupeKey,
    },
    rateSecret,
    caller.userId,
  );
  let inserted: D1Result | undefined;
  try {
    [, inserted] = await d1.batch(statements);
  } catch (error) {
    // Two copies of one retried submit raced: the unique dedupe key let one in; answer with it.
    const raced = await earlierSubmit(d1, keys);
    if (raced) return raced;
    throw error;
  }
  if (inserted!.results.length === 0) throw new ApiError('too_many_feedback');
  return { id, receipt, status: 'submitted' as const, routedTo, acceptDueAt, resolveDueAt };
});

implement(feedbackRoutes, endpoints.listFeedback, async ({ c, caller, params, query }) => {
  const membership = await c
    .get('db')
    .select({ isDiscipline: memberships.isDiscipline })
    .from(memberships)
    .where(and(eq(memberships.branchId, params.id), eq(memberships.userId, caller.userId)))
    .get();
  const seesIntegrity = handlesCategory('integrity', caller.branch.role, membership?.isDiscipline === true);
  const results = await all<SummaryRow>(
    sql(
      c.env.DB,
      `SELECT ${SUMMARY_COLUMNS} FROM feedback f LEFT JOIN users u ON u.id = f.user_id
     WHERE f.branch_id = :branchId AND f.routed_to = 'branch' AND (:seesIntegrity = 1 OR f.category <> 'integrity')
       AND (:status IS NULL OR f.status = :status) AND (:category IS NULL OR f.category = :category) AND (:overdue IS NULL OR f.overdue = 1)
     ${TO_HANDLE_ORDER}`,
      {
        branchId: params.id,
        seesIntegrity,
        status: query.status ?? null,
        category: query.category ?? null,
        overdue: query.overdue ?? null,
      },
    ),
  );
  return { feedback: results.map((row) => toSummary(row, true)) };
});

// Reports sent past the branches of the region: the contacts see them with the branch each is about.
implement(feedbackRoutes, endpoints.listRegionIntegrityReports, async ({ c, params, query }) => {
  const results = await all<SummaryRow>(
    sql(
      c.env.DB,
      `SELECT ${SUMMARY_COLUMNS} FROM feedback f LEFT JOIN users u ON u.id = f.user_id
     WHERE f.routed_to = 'region' AND f.branch_id IN (SELECT id FROM branches WHERE region_id = :regionId)
       AND (:status IS NULL OR f.status = :status) AND (:overdue IS NULL OR f.overdue = 1)
     ${TO_HANDLE_ORDER}`,
      { regionId: params.id, status: query.status ?? null, overdue: query.overdue ?? null },
    ),
  );
  return { feedback: results.map((row) => toSummary(row, true)) };
});

implement(feedbackRoutes, endpoints.myFeedback, async ({ c, caller }) => {
  const results = await all<SummaryRow>(
    sql(
      c.env.DB,
      `SELECT ${SUMMARY_COLUMNS} FROM feedback f LEFT JOIN users u ON u.id = f.user_id
     WHERE f.user_id = :userId ORDER BY f.created_at DESC LIMIT 100`,
      { userId: caller.userId },
    ),
  );
  return { feedback: results.map((row) => toSummary(row, false)) };
});

implement(feedbackRoutes, endpoints.feedbackByReceipt, async ({ c, body }) => {
  const hash = receiptHash(secret(c.env, 'RECEIPT_SECRET'), body.code);
  const row = await first<{ id: string }>(sql(c.env.DB, 'SELECT id FROM feedback WHERE receipt_hash = :hash', { hash }));
  if (!row) throw new ApiError('not_found', '没有找到这个回执码对应的反馈，请核对后重试');
  return loadDetail(c.env.DB, row.id, { isSubmitter: true, canHandle: false });
});

implement(feedbackRoutes, endpoints.getFeedback, async ({ c, caller }) =>
  loadDetail(c.env.DB, caller.feedback.feedbackId, caller.feedback),
);

const settingsColumns = {
  acceptDays: branches.feedbackAcceptDays,
  resolveDays: branches.feedbackResolveDays,
  followUpDays: branches.feedbackFollowUpDays,
};

implement(
  feedbackRoutes,
  endpoints.getFeedbackSettings,
  async ({ c, params }) => (await c.get('db').select(settingsColumns).from(branches).where(eq(branches.id, params.id)).get())!,
);

implement(feedbackRoutes, endpoints.updateFeedbackSettings, async ({ c, params, body }) => {
  const row = await c
    .get('db')
    .update(branches)
    .set({ feedbackAcceptDays: body.acceptDays, feedbackResolveDays: body.resolveDays, feedbackFollowUpDays: body.followUpDays })
    .where(eq(branches.id, params.id))
    .returning(settingsColumns)
    .get();
  return row!;
});
