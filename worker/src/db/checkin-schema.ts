import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { branches, users } from './organization-schema';
import {
  DEFAULT_OFFLINE_GRACE_MINUTES,
  type CheckinMethod,
  type CheckinStatus,
  type EventAudience,
  type EventKind,
  type EventStatus,
} from '@sitebranch/shared';

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id),
    kind: text('kind').$type<EventKind>().notNull(),
    title: text('title').notNull(),
    description: text('description'),
    placeName: text('place_name').notNull(),
    startsAt: integer('starts_at').notNull(),
    endsAt: integer('ends_at').notNull(),
    checkinOpensAt: integer('checkin_opens_at').notNull(),
    checkinClosesAt: integer('checkin_closes_at').notNull(),
    lateAfterMinutes: integer('late_after_minutes').notNull(),
    audience: text('audience').$type<EventAudience>().notNull(),
    /** GCJ-02 geofence; all three null when the event has none. */
    geoLat: real('geo_lat'),
    geoLng: real('geo_lng'),
    geoRadiusM: integer('geo_radius_m'),
    status: text('status').$type<EventStatus>().notNull(),
    /** A scan queued with no signal is accepted until check-in closes plus this many minutes. */
    offlineGraceMinutes: integer('offline_grace_minutes').notNull().default(DEFAULT_OFFLINE_GRACE_MINUTES),
    /** Offline check-ins count at once instead of waiting for an organizer to confirm them. */
    offlineAutoAccept: integer('offline_auto_accept', { mode: 'boolean' }).notNull().default(false),
    /**
     * Kept by triggers on `checkins` and `leaves` (migration 0015), so attendance figures never scan
     * them: confirmed check-ins, and of those late, offline, by an organizer (roster or personal
     * code) and make-ups; offline claims waiting for review; approved leaves.
     */
    checkinCount: integer('checkin_count').notNull().default(0),
    lateCount: integer('late_count').notNull().default(0),
    offlineCount: integer('offline_count').notNull().default(0),
    rosterCount: integer('roster_count').notNull().default(0),
    makeupCount: integer('makeup_count').notNull().default(0),
    pendingCount: integer('pending_count').notNull().default(0),
    leaveCount: integer('leave_count').notNull().default(0),
    /**
     * Who the event expects (its audience, joined before check-in closed), kept by triggers on
     * `events` and `memberships` (migration 0018), so the region's figures never read rosters.
     */
    expectedCount: integer('expected_count').notNull().default(0),
    /** 提醒我: watchers are reminded this long before the start (`remind_at`), once per start time. */
    remindBeforeMinutes: integer('remind_before_minutes').notNull().default(30),
    remindAt: integer('remind_at').notNull().default(0),
    /** Null until the reminder for the current `remind_at` has been written. */
    remindedAt: integer('reminded_at'),
    /** Set by an update that moves or cancels the event; the notices' batch tells the watchers and clears it. */
    watchDirty: integer('watch_dirty', { mode: 'boolean' }).notNull().default(false),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    index('events_branch_start').on(t.branchId, t.startsAt),
    index('events_branch_checkin_close').on(t.branchId, t.checkinClosesAt),
    // What the cron reads: only reminders not yet written, only events changed since it last looked.
    index('events_remind_due').on(t.remindAt).where(sql`reminded_at IS NULL AND status = 'published'`),
    index('events_watch_dirty').on(t.id).where(sql`watch_dirty = 1`),
  ],
);

export const checkins = sqliteTable(
  'checkins',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    method: text('method').$type<CheckinMethod>().notNull(),
    /** For offline scans, when the scanned code was shown; otherwise when the server received it. */
    checkedInAt: integer('checked_in_at').notNull(),
    late: integer('late', { mode: 'boolean' }).notNull(),
    offline: integer('offline', { mode: 'boolean' }).notNull(),
    /** An offline scan is a claim: `pending` until an organizer confirms or refuses it; the rest are `confirmed`. */
    status: text('status').$type<CheckinStatus>().notNull().default('confirmed'),
    /** The organizer who confirmed or refused an offline check-in, when and why. */
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: integer('reviewed_at'),
    reviewNote: text('review_note'),
    /** The organizer who signed this person in (roster, make-up), if not themselves. */
    recordedBy: text('recorded_by').references(() => users.id),
    /** Why, for a make-up check-in (补签). */
    note: text('note'),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('checkins_user').on(t.userId)],
);

/**
 * Check-ins an organizer made (roster, personal code, make-up) and then undid, with why: the
 * check-in row goes, this record of it stays for the ledger.
 */
export const checkinUndos = sqliteTable(
  'checkin_undos',
  {
    id: text('id').primaryKey(),
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    method: text('method').$type<CheckinMethod>().notNull(),
    checkedInAt: integer('checked_in_at').notNull(),
    recordedBy: text('recorded_by').references(() => users.id),
    undoneBy: text('undone_by')
      .notNull()
      .references(() => users.id),
    undoneAt: integer('undone_at').notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('checkin_undos_event').on(t.eventId)],
);

/** Wrong 6-digit codes per person, event and minute: guessing is rate limited. */
export const checkinFailures = sqliteTable(
  'checkin_failures',
  {
    userId: text('user_id').notNull(),
    eventId: text('event_id').notNull(),
    minute: integer('minute').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.eventId, t.minute] })],
);

/** Wrong 6-digit codes per event and minute, from everyone: a group cannot split the search between them. */
export const checkinEventFailures = sqliteTable(
  'checkin_event_failures',
  {
    eventId: text('event_id').notNull(),
    minute: integer('minute').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.minute] })],
);

/** Leave (请假) asked for an event and the organizer's decision. */
export const leaves = sqliteTable(
  'leaves',
  {
    eventId: text('event_id')
      .notNull()
      .references(() => events.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    status: text('status').$type<'pending' | 'approved' | 'refused'>().notNull(),
    requestedAt: integer('requested_at').notNull(),
    decidedBy: text('decided_by').references(() => users.id),
    decidedAt: integer('decided_at'),
    note: text('note'),
  },
  // The organizers' daily digest counts the requests still waiting.
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('leaves_pending').on(t.eventId).where(sql`status = 'pending'`)],
);
/**
 * Each member's confirmed check-ins and approved leaves per China-time month of the events, kept by
 * the same triggers: who missed how many events is read from here and the events, never from check-ins.
 */
export const memberMonthAttendance = sqliteTable(
  'member_month_attendance',
  {
    branchId: text('branch_id').notNull(),
    userId: text('user_id').notNull(),
    /** `YYYY-MM` in China time, of the event's start. */
    month: text('month').notNull(),
    attended: integer('attended').notNull().default(0),
    onLeave: integer('on_leave').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.branchId, t.month, t.userId] })],
);
