/**
 * Authorization, in one place. Every route declares its `access` in the shared contract;
 * this decides it before the handler runs, with at most one D1 round trip.
 */
import { hasRoleAtLeast, type Access, type BranchLocator, type BranchRole } from '@sitebranch/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { ApiError } from '../http/errors';
import { authorizeFeedback, type FeedbackAccess } from './feedback-access';
import { authorizeOwned, type OwnedAccess } from './owned';
import { camelRow } from '../db/sql';

/** What the handler learns about the caller's standing in the branch a route acts on. */
export interface BranchAccess {
  branchId: string;
  regionId: string;
  /** The caller's own role in this branch, or null for a region admin who is not a member. */
  role: BranchRole | null;
  isRegionAdmin: boolean;
}

const NOT_FOUND_MESSAGES: Record<BranchLocator['resource'], string> = {
  branch: '支部不存在',
  invite: '邀请码不存在，请核对后重新输入',
  event: '活动不存在或已删除',
};

/** The SQL that finds the id of the branch a route acts on, from its path parameter. */
function branchIdOf(locator: BranchLocator, value: string): SQL {
  switch (locator.resource) {
    case 'branch':
      return sql`${value}`;
    case 'invite':
      return sql`(SELECT branch_id FROM invites WHERE code = ${value})`;
    case 'event':
      return sql`(SELECT branch_id FROM events WHERE id = ${value})`;
  }
}

async function branchAccess(db: Database, userId: string, locator: BranchLocator, value: string): Promise<BranchAccess | undefined> {
  const raw = await db.get<Record<string, unknown>>(sql`
    SELECT b.id AS branch_id, b.region_id, m.role,
      EXISTS (SELECT 1 FROM region_admins ra WHERE ra.region_id = b.region_id AND ra.user_id = ${userId}) AS is_region_admin
    FROM branches b
    LEFT JOIN memberships m ON m.branch_id = b.id AND m.user_id = ${userId}
    WHERE b.id = ${branchIdOf(locator, value)}`);
  const row = raw && camelRow<{ branchId: string; regionId: string; role: BranchRole | null; isRegionAdmin: number }>(raw);
  return row && { ...row, isRegionAdmin: row.isRegionAdmin === 1 };
}

/** The region-level roles, each a table of (region, person), and what someone without it is told. */
const REGION_ROLES = {
  admin: { table: sql.raw('region_admins'), refusal: '只有该区域的管理员可以进行此操作' },
  discipline: { table: sql.raw('region_discipline_contacts'), refusal: '只有该区域的纪检联系人可以查看' },
} as const;

/** 404 when the region does not exist, 403 when the caller does not hold the role in it. */
async function requireRegionRole(db: Database, role: keyof typeof REGION_ROLES, regionId: string, userId: string): Promise<null> {
  const { table, refusal } = REGION_ROLES[role];
  const row = await db.get<{ holds: number }>(sql`
    SELECT EXISTS (SELECT 1 FROM ${table} WHERE region_id = r.id AND user_id = ${userId}) AS holds
    FROM regions r WHERE r.id = ${regionId}`);
  if (!row) throw new ApiError('not_found', '区域不存在');
  if (row.holds !== 1) throw new ApiError('forbidden', refusal);
  return null;
}

/**
 * Decides `access` for the caller. Throws 401 without a session, 404 when the object does not
 * exist, 403 when it does but the caller may not act on it. Returns the branch standing for branch routes.
 */
export async function authorize(
  db: Database,
  access: Access,
  userId: string | null,
  params: Record<string, string>,
  /** The keyed hash of a receipt code the request carried. */
  receiptHash?: string,
): Promise<BranchAccess | OwnedAccess | FeedbackAccess | null> {
  if (access.kind === 'public') return null;
  // Anonymous feedback is followed up by its receipt code, with or without a session.
  if (access.kind === 'feedback') return authorizeFeedback(db, access, userId, params[access.param] ?? '', receiptHash);
  if (!userId) throw new ApiError('unauthenticated');

  switch (access.kind) {
    case 'user':
    case 'eventMemberInQuery': // the route's own statement checks membership (see Access)
      return null;
    case 'platformAdmin': {
      const row = await db.get<{ ok: number }>(sql`SELECT is_platform_admin AS ok FROM users WHERE id = ${userId}`);
      if (!row) throw new ApiError('unauthenticated', '账号不存在，请重新登录');
      if (row.ok !== 1) throw new ApiError('forbidden', '只有平台管理员可以进行此操作');
      return null;
    }
    case 'regionAdmin':
      return requireRegionRole(db, 'admin', params[access.regionParam] ?? '', userId);
    case 'regionDiscipline':
      return requireRegionRole(db, 'discipline', params[access.regionParam] ?? '', userId);
    case 'owned':
      return authorizeOwned(db, access, userId, params[access.param] ?? '');
    case 'branch': {
      const standing = await branchAccess(db, userId, access.branch, params[access.branch.param] ?? '');
      if (!standing) throw new ApiError('not_found', NOT_FOUND_MESSAGES[access.branch.resource]);
      const allowed = hasRoleAtLeast(standing.role, access.minRole) || (access.regionAdmin && standing.isRegionAdmin);
      if (!allowed) throw new ApiError('forbidden', standing.role || standing.isRegionAdmin ? undefined : '您不是该支部的成员');
      return standing;
    }
  }
}
