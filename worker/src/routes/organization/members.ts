import { checkRemoval, checkRoleChange, checkWorkTeamChange, endpoints, type BranchRole } from '@sitebranch/shared';
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import type { BranchAccess } from '../../authz/authorize';
import type { Database } from '../../db/client';
import { branches, memberships, users } from '../../db/schema';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const memberRoutes = new Hono<AppEnv>();

const memberColumns = {
  userId: memberships.userId,
  name: users.name,
  phone: users.phone,
  role: memberships.role,
  workTeam: memberships.workTeam,
  unitKind: users.unitKind,
  unitName: users.unitName,
  isDiscipline: memberships.isDiscipline,
  joinedAt: memberships.joinedAt,
  rosterOnly: users.rosterOnly,
};

/** These members of a branch, as the member list shows them. */
export function memberRows(db: Database, branchId: string, userIds: string[]) {
  return db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.branchId, branchId), inArray(memberships.userId, userIds)));
}

/** Secretaries first, then by work team and name: the order an organizer reads a roster in. */
const roleOrder = sql`CASE ${memberships.role} WHEN 'secretary' THEN 0 WHEN 'committee' THEN 1 WHEN 'member' THEN 2 ELSE 3 END`;

/** Keeps `member_count` true after a membership change, in the same batch as the change. */
function refreshMemberCount(db: Database, branchId: string) {
  return db
    .update(branches)
    .set({ memberCount: sql`(SELECT count(*) FROM memberships WHERE branch_id = ${branchId})` })
    .where(eq(branches.id, branchId));
}

/** The target membership and how many secretaries the branch has, in one read. */
async function loadTarget(db: Database, branchId: string, userId: string) {
  const target = await db
    .select({
      userId: memberships.userId,
      role: memberships.role,
      rosterOnly: users.rosterOnly,
      secretaryCount: sql<number>`(SELECT count(*) FROM memberships WHERE branch_id = ${branchId} AND role = 'secretary')`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.branchId, branchId), eq(memberships.userId, userId)))
    .get();
  if (!target) throw new ApiError('not_found', '该成员不在本支部');
  return target;
}

function actorOf(userId: string, branch: BranchAccess) {
  return { userId, role: branch.role, isRegionAdmin: branch.isRegionAdmin };
}

/**
 * SQL guard against two concurrent demotions leaving a branch without a secretary:
 * true unless the row is a secretary and no other secretary remains.
 */
function keepsASecretary(branchId: string, newRole: BranchRole | null): SQL {
  if (newRole === 'secretary') return sql`1`;
  return sql`(${memberships.role} <> 'secretary' OR (SELECT count(*) FROM memberships WHERE branch_id = ${branchId} AND role = 'secretary') > 1)`;
}

implement(memberRoutes, endpoints.listMembers, async ({ c, caller, query }) => {
  const filters = [eq(memberships.branchId, caller.branch.branchId)];
  if (query.role) filters.push(eq(memberships.role, query.role));
  if (query.workTeam) filters.push(eq(memberships.workTeam, query.workTeam));
  if (query.q) filters.push(sql`${users.name} LIKE ${`%${query.q.replace(/[%_\\]/g, '\\$&')}%`} ESCAPE '\\'`);
  const members = await c
    .get('db')
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(...filters))
    .orderBy(roleOrder, asc(memberships.workTeam), asc(users.name))
    .limit(5000);
  return { members };
});

implement(memberRoutes, endpoints.updateMember, async ({ c, caller, params, body }) => {
  const db = c.get('db');
  const branchId = caller.branch.branchId;
  const actor = actorOf(caller.userId, caller.branch);
  const target = await loadTarget(db, branchId, params.userId);

  const refusal =
    (body.role !== undefined && body.role !== target.role ? checkRoleChange(actor, target, body.role, target.secretaryCount) : null) ??
    (body.workTeam !== undefined ? checkWorkTeamChange(actor) : null);
  if (refusal) throw new ApiError(refusal);
  const roleAfter = body.role ?? target.role;
  if (body.isDiscipline === true && roleAfter !== 'committee')
    throw new ApiError('validation_failed', '纪检委员须由支委担任', { isDiscipline: '纪检委员须由支委担任' });

  const targetRow = and(eq(memberships.branchId, branchId), eq(memberships.userId, params.userId));
  const [updated, member] = await db.batch([
    db
      .update(memberships)
      // Leaving the committee ends being its discipline member.
      .set({ role: body.role, workTeam: body.workTeam, isDiscipline: roleAfter === 'committee' ? body.isDiscipline : false })
      .where(and(targetRow, keepsASecretary(branchId, body.role ?? null)))
      .returning({ userId: memberships.userId }),
    db.select(memberColumns).from(memberships).innerJoin(users, eq(users.id, memberships.userId)).where(targetRow),
  ]);
  if (updated.length === 0) throw new ApiError(member.length ? 'last_secretary' : 'not_found');
  return member[0]!;
});

implement(memberRoutes, endpoints.removeMember, async ({ c, caller, params }) => {
  const db = c.get('db');
  const branchId = caller.branch.branchId;
  const target = await loadTarget(db, branchId, params.userId);
  const refusal = checkRemoval(actorOf(caller.userId, caller.branch), target, target.secretaryCount);
  if (refusal) throw new ApiError(refusal);

  const [removed] = await db.batch([
    db
      .delete(memberships)
      .where(and(eq(memberships.branchId, branchId), eq(memberships.userId, params.userId), keepsASecretary(branchId, null)))
      .returning({ userId: memberships.userId }),
    refreshMemberCount(db, branchId),
  ]);
  if (removed.length === 0) throw new ApiError('last_secretary');
});
