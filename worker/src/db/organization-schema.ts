/**
 * Tables of people and organization: users, sessions and login tickets, regions and their admins and
 * discipline contacts, branches, memberships, the roster's claim codes, invites; and the working-day
 * calendar and request counts every area uses. Re-exported by `schema.ts`.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { DEFAULT_FEEDBACK_DEADLINES, type BranchKind, type BranchRole, type ComplianceTargets, type UnitKind } from '@sitebranch/shared';

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
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
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
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.userId] }), index('region_admins_user').on(t.userId)],
);

/** A region's discipline contacts (纪检联系人), appointed by its admins: they handle 廉政监督 sent past the branches. */
export const regionDisciplineContacts = sqliteTable(
  'region_discipline_contacts',
  {
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    appointedBy: text('appointed_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.userId] }), index('region_discipline_contacts_user').on(t.userId)],
);

export const branches = sqliteTable(
  'branches',
  {
    id: text('id').primaryKey(),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
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
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').$type<BranchRole>().notNull(),
    workTeam: text('work_team'),
    /** The invite used to join, if any: lets the join batch count a use only when it made the membership. */
    inviteCode: text('invite_code'),
    /** 纪检委员: a committee member who, with the secretary, sees integrity reports (廉政监督). */
    isDiscipline: integer('is_discipline', { mode: 'boolean' }).notNull().default(false),
    joinedAt: integer('joined_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.branchId, t.userId] }),
    index('memberships_user').on(t.userId),
    index('memberships_branch_role').on(t.branchId, t.role),
  ],
);

/**
 * One-time claim codes (认领码) for a 花名册 person: whoever logs in and enters it becomes that
 * member — the membership, check-ins and leaves move onto their account. Only the code's SHA-256 is kept.
 */
export const rosterClaims = sqliteTable(
  'roster_claims',
  {
    codeHash: text('code_hash').primaryKey(),
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id),
    /** The 花名册 person the code is for. */
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
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
    branchId: text('branch_id')
      .notNull()
      .references(() => branches.id),
    role: text('role').$type<BranchRole>().notNull(),
    expiresAt: integer('expires_at').notNull(),
    maxUses: integer('max_uses').notNull(),
    uses: integer('uses').notNull().default(0),
    revokedAt: integer('revoked_at'),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('invites_branch').on(t.branchId)],
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
