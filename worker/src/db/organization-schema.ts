/**
 * Tables of organization: regions and their admins and discipline contacts, branches, memberships,
 * the roster's claim codes, invites; and the working-day calendar every area uses. People and their
 * logins are in `people-schema.ts`, re-exported here. Re-exported by `schema.ts`.
 */
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { DEFAULT_FEEDBACK_DEADLINES, type BranchKind, type BranchRole, type ComplianceTargets, type UnitKind } from '@sitebranch/shared';
import { users } from './people-schema';

// The people tables go out with these: `schema.ts` (so drizzle-kit) and the check-in tables read `users` from here.
export * from './people-schema';

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
