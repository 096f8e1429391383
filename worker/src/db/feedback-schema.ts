/**
 * Tables of feedback (反馈). An anonymous record has no user id: only a hash of its receipt code
 * (to follow it up) — nothing anywhere links it to the person. Re-exported by `schema.ts`.
 */
import { sql } from 'drizzle-orm';
import type { FeedbackCategory, FeedbackRoute, FeedbackStatus, PhotoStage } from '@sitebranch/shared';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const feedback = sqliteTable(
  'feedback',
  {
    id: text('id').primaryKey(),
    branchId: text('branch_id').notNull(),
    category: text('category').$type<FeedbackCategory>().notNull(),
    /** `region`: a 廉政监督 report sent past the branch, handled only by the region's discipline contacts. */
    routedTo: text('routed_to').$type<FeedbackRoute>().notNull().default('branch'),
    text: text('text').notNull(),
    place: text('place'),
    anonymous: integer('anonymous', { mode: 'boolean' }).notNull(),
    /** Null for anonymous feedback. */
    userId: text('user_id'),
    /** SHA-256 of the receipt code, for anonymous feedback only. */
    receiptHash: text('receipt_hash'),
    /** HMAC of (person, the phone's id for this submission): finds a retried submit, names nobody. */
    dedupeKey: text('dedupe_key'),
    status: text('status').$type<FeedbackStatus>().notNull(),
    acceptDueAt: integer('accept_due_at').notNull(),
    /** The deadline in force to resolve: set again when reopened (the follow-up deadline). */
    resolveDueAt: integer('resolve_due_at').notNull(),
    overdue: integer('overdue', { mode: 'boolean' }).notNull().default(false),
    closedAt: integer('closed_at'),
    rating: integer('rating'),
    ratingComment: text('rating_comment'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('feedback_branch').on(t.branchId, t.status),
    index('feedback_routed_region').on(t.routedTo, t.branchId),
    index('feedback_user').on(t.userId),
    index('feedback_receipt').on(t.receiptHash),
    index('feedback_open_due').on(t.status, t.overdue),
    uniqueIndex('feedback_dedupe').on(t.dedupeKey),
  ],
);

/** The timeline: every step and reply, with who (never the anonymous submitter's identity) and when. */
export const feedbackEvents = sqliteTable(
  'feedback_events',
  {
    id: text('id').primaryKey(),
    feedbackId: text('feedback_id').notNull(),
    kind: text('kind').notNull(),
    actor: text('actor').$type<'submitter' | 'organizer' | 'system'>().notNull(),
    /** The organizer who acted; null for the submitter and the system. */
    organizerId: text('organizer_id'),
    note: text('note'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('feedback_events_feedback').on(t.feedbackId, t.createdAt)],
);

export const feedbackPhotos = sqliteTable(
  'feedback_photos',
  {
    id: text('id').primaryKey(),
    feedbackId: text('feedback_id').notNull(),
    /** A random key in the private bucket; photos are only served through the worker. */
    objectKey: text('object_key').notNull(),
    contentType: text('content_type').notNull(),
    /** The submitter's photo, or a hazard handler's proof of the fix (整改前 / 整改后). */
    stage: text('stage').$type<PhotoStage>().notNull().default('report'),
    size: integer('size').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('feedback_photos_feedback').on(t.feedbackId)],
);

/** Submissions per person and day, under a keyed hash of (person, day) that cannot be turned back into the person. */
export const feedbackRate = sqliteTable(
  'feedback_rate',
  {
    key: text('key').notNull(),
    day: text('day').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.day] })],
);

/**
 * Each branch's feedback by the China-time month it was received, kept by triggers on `feedback`
 * (migration 0016): the dashboard never reads the feedback itself. Only feedback the branch handles
 * counts; a 廉政监督 report sent to the region is not the branch's to see or count.
 */
export const branchMonthFeedback = sqliteTable(
  'branch_month_feedback',
  {
    branchId: text('branch_id').notNull(),
    month: text('month').notNull(),
    received: integer('received').notNull().default(0),
    resolved: integer('resolved').notNull().default(0),
    /** Resolved by the deadline then in force. */
    resolvedInTime: integer('resolved_in_time').notNull().default(0),
    rated: integer('rated').notNull().default(0),
    /** Rated 满意 or better. */
    satisfied: integer('satisfied').notNull().default(0),
    /** Open and past its deadline now. */
    overdueOpen: integer('overdue_open').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.branchId, t.month] }),
    // "Overdue now" reads only the months that still have overdue items, not every month since the branch began.
    index('branch_month_feedback_overdue').on(t.branchId).where(sql`overdue_open <> 0`),
  ],
);

/**
 * The same feedback by month, category and status (migration 0019), kept by triggers on
 * `feedback`: the dashboard's feedback by category and by status, and what is still open.
 */
export const branchMonthFeedbackStates = sqliteTable(
  'branch_month_feedback_states',
  {
    branchId: text('branch_id').notNull(),
    month: text('month').notNull(),
    category: text('category').$type<FeedbackCategory>().notNull(),
    status: text('status').$type<FeedbackStatus>().notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.branchId, t.month, t.category, t.status] }),
    // "Open now" reads only the months with something open, not every month since the branch began.
    index('branch_month_feedback_states_open').on(t.branchId).where(sql`status NOT IN ('resolved', 'declined') AND count <> 0`),
  ],
);
