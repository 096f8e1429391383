/**
 * Tables of people and how they log in: users, their sessions, 扫码登录 tickets, and the request
 * counts that limit logins before there is a person. Re-exported by `organization-schema.ts`, and so
 * by `schema.ts`.
 */
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { UnitKind } from '@sitebranch/shared';

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
