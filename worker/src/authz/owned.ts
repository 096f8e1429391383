/**
 * Authorization of question banks and contests: each belongs to a whole region (its admins
 * manage it) or to one branch (its committee and secretary manage it). One D1 read decides it.
 */
import type { Access, BranchRole } from '@sitebranch/shared';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/client';
import { ApiError } from '../http/errors';
import { camelRow } from '../db/sql';

type OwnedAccessRule = Extract<Access, { kind: 'owned' }>;

/** What the handler learns about the caller and the owner of the bank or contest. */
export interface OwnedAccess {
  regionId: string;
  /** Null when the region owns it. */
  branchId: string | null;
  canManage: boolean;
  /** Organizers who may read it (analysis, questions) without managing it. */
  canView: boolean;
  /** The caller's role in the owning branch, or their best role in any branch of the owning region. */
  role: BranchRole | null;
}

const TABLES = { bank: 'question_banks', contest: 'contests' } as const;
const NOT_FOUND = { bank: '题库不存在', contest: '竞赛不存在' } as const;
const RANK = `CASE m.role WHEN 'secretary' THEN 3 WHEN 'committee' THEN 2 WHEN 'member' THEN 1 ELSE 0 END`;
const ROLE_OF_RANK: (BranchRole | null)[] = ['masses', 'member', 'committee', 'secretary'];

/** The caller's best role rank in the owner (`rank`) and whether they administer its region, as SQL columns. */
function standingColumns(userId: string, regionId: SQL, branchId: SQL): SQL {
  return sql`
    (SELECT max(${sql.raw(RANK)}) FROM memberships m JOIN branches b ON b.id = m.branch_id
      WHERE m.user_id = ${userId} AND b.region_id = ${regionId} AND (${branchId} IS NULL OR m.branch_id = ${branchId})) AS rank,
    EXISTS (SELECT 1 FROM region_admins WHERE region_id = ${regionId} AND user_id = ${userId}) AS is_region_admin`;
}

/** The standing of `userId` towards an owner (a region, or a branch of it) named in a request body. */
export async function ownerStanding(
  db: Database,
  userId: string,
  owner: { regionId: string; branchId: string | null },
): Promise<OwnedAccess> {
  const raw = await db.get<Record<string, unknown>>(sql`SELECT ${standingColumns(userId, sql`${owner.regionId}`, sql`${owner.branchId}`)}`);
  const row = raw && camelRow<{ rank: number | null; isRegionAdmin: number }>(raw);
  return standingOf(owner, row?.rank ?? null, row?.isRegionAdmin === 1);
}

function standingOf(owner: { regionId: string; branchId: string | null }, rank: number | null, isRegionAdmin: boolean): OwnedAccess {
  const role = rank === null ? null : ROLE_OF_RANK[rank]!;
  const organizer = role === 'committee' || role === 'secretary';
  const canManage = owner.branchId === null ? isRegionAdmin : organizer;
  return { ...owner, role, canManage, canView: canManage || isRegionAdmin || organizer };
}

/** Decides an `owned` access rule: 404 when the bank or contest does not exist, 403 when the caller may not. */
export async function authorizeOwned(db: Database, access: OwnedAccessRule, userId: string, id: string): Promise<OwnedAccess> {
  const found = await db.get<Record<string, unknown>>(sql`
    SELECT o.region_id, o.branch_id, ${standingColumns(userId, sql`o.region_id`, sql`o.branch_id`)}
    FROM ${sql.raw(TABLES[access.resource])} o WHERE o.id = ${id}`);
  const owner = found && camelRow<{ regionId: string; branchId: string | null; rank: number | null; isRegionAdmin: number }>(found);
  if (!owner) throw new ApiError('not_found', NOT_FOUND[access.resource]);
  const standing = standingOf({ regionId: owner.regionId, branchId: owner.branchId }, owner.rank, owner.isRegionAdmin === 1);
  const allowed =
    access.need === 'manage' ? standing.canManage : access.need === 'view' ? standing.canView : standing.canView || standing.role !== null;
  if (!allowed) {
    const outsider = standing.role === null && !standing.canView;
    throw new ApiError('forbidden', outsider ? (owner.branchId ? '您不是该支部的成员' : '您不在该区域的支部中') : undefined);
  }
  return standing;
}
