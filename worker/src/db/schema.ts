/**
 * The D1 schema. Times are UTC milliseconds. Ids are random strings (see `newId`), so they
 * cannot be guessed or counted. Change this file, then `pnpm --filter @sitebranch/worker db:generate`.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import {
  DEFAULT_FEEDBACK_DEADLINES,
  DEFAULT_OFFLINE_GRACE_MINUTES,
  type BranchKind,
  type BranchRole,
  type CheckinMethod,
  type CheckinStatus,
  type ComplianceTargets,
  type EventAudience,
  type EventKind,
  type EventStatus,
  type FeedbackCategory,
  type FeedbackStatus,
  type UnitKind,
} from '@sitebranch/shared';

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    /** WeChat openid, or `dev:<name>` for development logins. Never sent to clients. */
    openid: text('openid').notNull(),
    name: text('name'),
    phone: text('phone'),
    unitKind: text('unit_kind').$type<UnitKind>(),
    unitName: text('unit_name'),
    isPlatformAdmin: integer('is_platform_admin', { mode: 'boolean' }).notNull().default(false),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
    lastLoginAt: integer('last_login_at'),
    /**
     * A person of a branch's 花名册 added by its secretary, who has never logged in (a worker without
     * a smartphone): their openid is `roster:<id>`, which no login can give. Such people are signed
     * in by roster and never made organizers; when they do log in, a claim code moves their records
     * onto their own account (`roster_claims`).
     */
    rosterOnly: integer('roster_only', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('users_openid_unique').on(t.openid)],
);

/**
 * Sessions, so that one can end: a token names its session, logging out revokes it, and no refresh
 * goes past `expiresAt` (the absolute lifetime). Hot writes check `revoked_at` inside their own statement.
 */
export const sessions = sqliteTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull().references(() => users.id),
    /** How it was opened: the mini program's WeChat login, the local development login, or a computer by 扫码登录. */
    kind: text('kind').$type<'wechat' | 'dev' | 'computer'>().notNull(),
    /** A computer's browser and system (“Chrome 131 · Windows”) and roughly where it asked from, for 登录设备. */
    device: text('device'),
    area: text('area'),
    createdAt: integer('created_at').notNull(),
    /** Absolute end: refreshing a token never goes past it. */
    expiresAt: integer('expires_at').notNull(),
    revokedAt: integer('revoked_at'),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

/**
 * 扫码登录 tickets: asked for by a computer, scanned and decided on a phone, collected once by the
 * computer that holds the secret (only its SHA-256 is kept). Deleted a day after they end.
 */
export const loginTickets = sqliteTable(
  'login_tickets',
  {
    id: text('id').primaryKey(),
    secretHash: text('secret_hash').notNull(),
    /** A keyed hash of the asking address, for the rate limit; the address itself is not kept. */
    addressKey: text('address_key').notNull(),
    device: text('device').notNull(),
    area: text('area'),
    state: text('state').$type<'waiting' | 'scanned' | 'confirmed' | 'refused' | 'used'>().notNull(),
    /** Who scanned it: the only person who may then confirm it, and whose session the computer gets. */
    userId: text('user_id').references(() => users.id),
    sessionId: text('session_id'),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    decidedAt: integer('decided_at'),
  },
  (t) => [index('login_tickets_address').on(t.addressKey, t.createdAt), index('login_tickets_expiry').on(t.expiresAt)],
);

export const regions = sqliteTable('regions', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const regionAdmins = sqliteTable(
  'region_admins',
  {
    regionId: text('region_id').notNull().references(() => regions.id),
    userId: text('user_id').notNull().references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.userId] }), index('region_admins_user').on(t.userId)],
);

/** A region's discipline contacts (纪检联系人), appointed by its admins: they handle 廉政监督 sent past the branches. */
export const regionDisciplineContacts = sqliteTable(
  'region_discipline_contacts',
  {
    regionId: text('region_id').notNull().references(() => regions.id),
    userId: text('user_id').notNull().references(() => users.id),
    appointedBy: text('appointed_by').notNull().references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.userId] }), index('region_discipline_contacts_user').on(t.userId)],
);

export const branches = sqliteTable(
  'branches',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id').notNull().references(() => regions.id),
    kind: text('kind').$type<BranchKind>().notNull(),
    name: text('name').notNull(),
    projectName: text('project_name'),
    address: text('address').notNull(),
    /** JSON array of `{ kind, name }`: the co-building units (共建单位). */
    coUnits: text('co_units', { mode: 'json' }).$type<{ kind: UnitKind; name: string }[]>().notNull().default(sql`'[]'`),
    /** Kept in the same batch as membership writes so counts never scan the membership table. */
    memberCount: integer('member_count').notNull().default(0),
    /** Feedback deadlines, in working days (see `addWorkingDays`). */
    feedbackAcceptDays: integer('feedback_accept_days').notNull().default(DEFAULT_FEEDBACK_DEADLINES.acceptDays),
    feedbackResolveDays: integer('feedback_resolve_days').notNull().default(DEFAULT_FEEDBACK_DEADLINES.resolveDays),
    feedbackFollowUpDays: integer('feedback_follow_up_days').notNull().default(DEFAULT_FEEDBACK_DEADLINES.followUpDays),
    /** 三会一课 targets the secretary set; null: the defaults (`DEFAULT_COMPLIANCE_TARGETS`). */
    complianceTargets: text('compliance_targets', { mode: 'json' }).$type<ComplianceTargets>(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('branches_region').on(t.regionId)],
);

export const memberships = sqliteTable(
  'memberships',
  {
    branchId: text('branch_id').notNull().references(() => branches.id),
    userId: text('user_id').notNull().references(() => users.id),
    role: text('role').$type<BranchRole>().notNull(),
    workTeam: text('work_team'),
    /** The invite used to join, if any: lets the join batch count a use only when it made the membership. */
    inviteCode: text('invite_code'),
    /** 纪检委员: a committee member who, with the secretary, sees integrity reports (廉政监督). */
    isDiscipline: integer('is_discipline', { mode: 'boolean' }).notNull().default(false),
    joinedAt: integer('joined_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.branchId, t.userId] }), index('memberships_user').on(t.userId), index('memberships_branch_role').on(t.branchId, t.role)],
);

/**
 * One-time claim codes (认领码) for a 花名册 person: whoever logs in and enters it becomes that
 * member — the membership, check-ins and leaves move onto their account. Only the code's SHA-256 is kept.
 */
export const rosterClaims = sqliteTable(
  'roster_claims',
  {
    codeHash: text('code_hash').primaryKey(),
    branchId: text('branch_id').notNull().references(() => branches.id),
    /** The 花名册 person the code is for. */
    userId: text('user_id').notNull().references(() => users.id),
    createdBy: text('created_by').notNull().references(() => users.id),
    createdAt: integer('created_at').notNull(),
    expiresAt: integer('expires_at').notNull(),
    /** Who claimed it, and when: the code is then spent. */
    usedBy: text('used_by').references(() => users.id),
    usedAt: integer('used_at'),
  },
  (t) => [index('roster_claims_user').on(t.userId)],
);

export const invites = sqliteTable(
  'invites',
  {
    code: text('code').primaryKey(),
    branchId: text('branch_id').notNull().references(() => branches.id),
    role: text('role').$type<BranchRole>().notNull(),
    expiresAt: integer('expires_at').notNull(),
    maxUses: integer('max_uses').notNull(),
    uses: integer('uses').notNull().default(0),
    revokedAt: integer('revoked_at'),
    createdBy: text('created_by').notNull().references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('invites_branch').on(t.branchId)],
);

export const events = sqliteTable(
  'events',
  {
    id: text('id').primaryKey(),
    branchId: text('branch_id').notNull().references(() => branches.id),
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
    createdBy: text('created_by').notNull().references(() => users.id),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [index('events_branch_start').on(t.branchId, t.startsAt), index('events_branch_checkin_close').on(t.branchId, t.checkinClosesAt)],
);

export const checkins = sqliteTable(
  'checkins',
  {
    eventId: text('event_id').notNull().references(() => events.id),
    userId: text('user_id').notNull().references(() => users.id),
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
    eventId: text('event_id').notNull().references(() => events.id),
    userId: text('user_id').notNull().references(() => users.id),
    method: text('method').$type<CheckinMethod>().notNull(),
    checkedInAt: integer('checked_in_at').notNull(),
    recordedBy: text('recorded_by').references(() => users.id),
    undoneBy: text('undone_by').notNull().references(() => users.id),
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
    eventId: text('event_id').notNull().references(() => events.id),
    userId: text('user_id').notNull().references(() => users.id),
    reason: text('reason').notNull(),
    status: text('status').$type<'pending' | 'approved' | 'refused'>().notNull(),
    requestedAt: integer('requested_at').notNull(),
    decidedBy: text('decided_by').references(() => users.id),
    decidedAt: integer('decided_at'),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] })],
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

/** Public holidays (放假) and make-up working weekends (调休上班), China-time dates `YYYY-MM-DD`. */
export const calendarDays = sqliteTable('calendar_days', {
  date: text('date').primaryKey(),
  kind: text('kind').$type<'holiday' | 'workday'>().notNull(),
  name: text('name').notNull(),
  updatedBy: text('updated_by').references(() => users.id),
  updatedAt: integer('updated_at').notNull(),
});

/**
 * Requests counted per key (a keyed hash of an address) and fixed window, for limits where there is
 * no person yet (logins). The cron deletes windows that are over.
 */
export const requestCounts = sqliteTable(
  'request_counts',
  {
    key: text('key').notNull(),
    windowStart: integer('window_start').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);

export * from './contest-schema';
export * from './feedback-schema';
