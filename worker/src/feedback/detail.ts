/** Feedback as the API shows it: the summary for lists, and the detail with timeline, photos and what the caller may do. */
import {
  isClosed,
  MAX_PHOTOS,
  ORGANIZER_TRANSITIONS,
  REOPEN_WINDOW_MS,
  type FeedbackCategory,
  type FeedbackDetail,
  type FeedbackRoute,
  type FeedbackStatus,
  type PhotoStage,
} from '@sitebranch/shared';
import { camelRow, camelRows, sql } from '../db/sql';

/** Columns of a summary, from `feedback f` (and `users u` on the submitter, left-joined). */
export const SUMMARY_COLUMNS = `f.id, f.branch_id, (SELECT name FROM branches WHERE id = f.branch_id) AS branch_name, f.routed_to,
  f.category, f.text, f.place, f.anonymous, f.status, f.overdue, f.created_at, f.accept_due_at, f.resolve_due_at, f.rating,
  f.rating_comment, f.closed_at, CASE WHEN f.anonymous = 1 THEN NULL ELSE u.name END AS submitter_name,
  (SELECT count(*) FROM feedback_photos p WHERE p.feedback_id = f.id AND p.stage = 'report') AS photo_count`;

export interface SummaryRow {
  id: string;
  branchId: string;
  branchName: string;
  routedTo: FeedbackRoute;
  category: FeedbackCategory;
  text: string;
  place: string | null;
  anonymous: number;
  status: FeedbackStatus;
  overdue: number;
  createdAt: number;
  acceptDueAt: number;
  resolveDueAt: number;
  rating: number | null;
  ratingComment: string | null;
  closedAt: number | null;
  submitterName: string | null;
  photoCount: number;
}

export function toSummary(row: SummaryRow, showSubmitter: boolean) {
  return {
    id: row.id,
    branchId: row.branchId,
    branchName: row.branchName,
    routedTo: row.routedTo,
    category: row.category,
    text: row.text,
    place: row.place,
    anonymous: row.anonymous === 1,
    status: row.status,
    overdue: row.overdue === 1,
    createdAt: row.createdAt,
    acceptDueAt: row.acceptDueAt,
    resolveDueAt: row.resolveDueAt,
    photoCount: row.photoCount,
    submitterName: showSubmitter ? row.submitterName : null,
    rating: row.rating,
  };
}

/** The full detail, in one batch of reads. */
export async function loadDetail(
  d1: D1Database,
  id: string,
  who: { isSubmitter: boolean; canHandle: boolean },
  now = Date.now(),
): Promise<FeedbackDetail> {
  const [rows, events, photos] = await d1.batch<Record<string, unknown>>([
    sql(d1, `SELECT ${SUMMARY_COLUMNS} FROM feedback f LEFT JOIN users u ON u.id = f.user_id WHERE f.id = :id`, { id }),
    sql(
      d1,
      `SELECT e.kind, e.actor, o.name AS actor_name, e.note, e.created_at
       FROM feedback_events e LEFT JOIN users o ON o.id = e.organizer_id WHERE e.feedback_id = :id ORDER BY e.created_at, e.rowid`,
      { id },
    ),
    sql(d1, `SELECT id, content_type, stage FROM feedback_photos WHERE feedback_id = :id ORDER BY created_at`, { id }),
  ]);
  const row = camelRow<SummaryRow>(rows!.results[0]!);
  const closed = isClosed(row.status);
  return {
    ...toSummary(row, who.canHandle),
    photos: camelRows<{ id: string; contentType: string; stage: PhotoStage }>(photos!.results),
    timeline: camelRows<FeedbackDetail['timeline'][number]>(events!.results),
    ratingComment: row.ratingComment,
    can: {
      handle: who.canHandle ? ORGANIZER_TRANSITIONS[row.status] : [],
      reply: who.canHandle || who.isSubmitter,
      rate: who.isSubmitter && closed && row.rating === null,
      reopen: who.isSubmitter && closed && row.closedAt !== null && now - row.closedAt <= REOPEN_WINDOW_MS,
      addPhotos: who.isSubmitter && !closed && row.photoCount < MAX_PHOTOS,
      // The handler's 整改前 / 整改后 photos, for a safety hazard still open.
      addRectificationPhotos: who.canHandle && !closed && row.category === 'hazard',
    },
  };
}

/**
 * A timeline entry, as a statement to put in the same batch as the change it records. It is
 * written only if that change happened: the change stamps `updated_at` with `changedAt`.
 */
export function eventStatement(
  d1: D1Database,
  e: {
    feedbackId: string;
    kind: string;
    actor: 'submitter' | 'organizer' | 'system';
    organizerId?: string | null;
    note?: string | null;
    at: number;
    id: string;
    changedAt: number;
  },
) {
  return sql(
    d1,
    `INSERT INTO feedback_events (id, feedback_id, kind, actor, organizer_id, note, created_at)
     SELECT :id, :feedbackId, :kind, :actor, :organizerId, :note, :at
     WHERE EXISTS (SELECT 1 FROM feedback WHERE id = :feedbackId AND updated_at = :changedAt)`,
    {
      id: e.id,
      feedbackId: e.feedbackId,
      kind: e.kind,
      actor: e.actor,
      organizerId: e.organizerId ?? null,
      note: e.note ?? null,
      at: e.at,
      changedAt: e.changedAt,
    },
  );
}
