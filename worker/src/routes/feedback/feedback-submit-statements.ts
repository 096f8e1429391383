/**
 * The one batch a feedback submit writes: the submitter's count for the day, the feedback itself
 * (only while that count is within the daily limit), and the timeline's first entry.
 */
import { cstDate, FEEDBACK_DAILY_LIMIT, hmacSha256Hex, type FeedbackCategory, type FeedbackRoute } from '@sitebranch/shared';
import { newId } from '../../db/ids';
import { sql } from '../../db/sql';

/** The feedback row a submit stores, under the statement's parameter names. */
export type NewFeedback = {
  id: string;
  branchId: string;
  category: FeedbackCategory;
  routedTo: FeedbackRoute;
  text: string;
  place: string | null;
  anonymous: boolean;
  /** Null for anonymous feedback: the row names nobody. */
  userId: string | null;
  receiptHash: string | null;
  acceptDueAt: number;
  resolveDueAt: number;
  now: number;
  dedupeKey: string | null;
};

/**
 * The statements of the submit's batch, in order: the second returns the feedback's id, or no row
 * when the submitter is over the day's limit; the third writes only if the feedback went in.
 */
export function submitStatements(d1: D1Database, feedback: NewFeedback, rateSecret: string, submitterId: string): D1PreparedStatement[] {
  // The limit counts under a keyed hash of (person, day) under its own secret: it can't be turned
  // back into the person, and the cron deletes the rows once their day is over.
  const day = cstDate(feedback.now);
  const rateKey = hmacSha256Hex(rateSecret, `feedback-rate:${submitterId}:${day}`);
  const underLimit = `(SELECT count FROM feedback_rate WHERE key = :rateKey AND day = :day) <= ${FEEDBACK_DAILY_LIMIT}`;
  return [
    sql(
      d1,
      `INSERT INTO feedback_rate (key, day, count) VALUES (:rateKey, :day, 1) ON CONFLICT (key, day) DO UPDATE SET count = count + 1`,
      {
        rateKey,
        day,
      },
    ),
    sql(
      d1,
      `INSERT INTO feedback (id, branch_id, category, routed_to, text, place, anonymous, user_id, receipt_hash, status,
         accept_due_at, resolve_due_at, created_at, updated_at, dedupe_key)
       SELECT :id, :branchId, :category, :routedTo, :text, :place, :anonymous, :userId, :receiptHash, 'submitted', :acceptDueAt, :resolveDueAt,
         :now, :now, :dedupeKey WHERE ${underLimit} RETURNING id`,
      { rateKey, day, ...feedback },
    ),
    sql(
      d1,
      `INSERT INTO feedback_events (id, feedback_id, kind, actor, created_at)
       SELECT :eventId, :feedbackId, 'submitted', 'submitter', :now WHERE EXISTS (SELECT 1 FROM feedback WHERE id = :feedbackId)`,
      { eventId: newId(), feedbackId: feedback.id, now: feedback.now },
    ),
  ];
}
