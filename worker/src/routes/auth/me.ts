import { endpoints } from '@sitebranch/shared';
import { and, asc, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { branches, memberships, regionAdmins, regionDisciplineContacts, regions, users } from '../../db/schema';
import { profileColumns } from '../../db/users';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const meRoutes = new Hono<AppEnv>();

/** One of the caller's memberships as `/api/me` lists it; join `branches`. */
const myMembershipColumns = {
  branchId: branches.id,
  branchName: branches.name,
  branchKind: branches.kind,
  regionId: branches.regionId,
  role: memberships.role,
  workTeam: memberships.workTeam,
  joinedAt: memberships.joinedAt,
  regionHasDisciplineContact:
    sql<boolean>`EXISTS (SELECT 1 FROM region_discipline_contacts dc WHERE dc.region_id = ${branches.regionId})`.mapWith((v) => v === 1),
};

implement(meRoutes, endpoints.getMe, async ({ c, caller }) => {
  const db = c.get('db');
  // One round trip for the profile, the memberships, the administered regions and those where one is a discipline contact.
  const [profile, myMemberships, myRegions, myDisciplineRegions] = await db.batch([
    db
      .select({ ...profileColumns, isPlatformAdmin: users.isPlatformAdmin })
      .from(users)
      .where(eq(users.id, caller.userId)),
    db
      .select(myMembershipColumns)
      .from(memberships)
      .innerJoin(branches, eq(branches.id, memberships.branchId))
      .where(eq(memberships.userId, caller.userId))
      .orderBy(asc(memberships.joinedAt)),
    db
      .select({ regionId: regions.id, regionName: regions.name })
      .from(regionAdmins)
      .innerJoin(regions, eq(regions.id, regionAdmins.regionId))
      .where(eq(regionAdmins.userId, caller.userId)),
    db
      .select({ regionId: regions.id, regionName: regions.name })
      .from(regionDisciplineContacts)
      .innerJoin(regions, eq(regions.id, regionDisciplineContacts.regionId))
      .where(eq(regionDisciplineContacts.userId, caller.userId)),
  ]);
  const me = profile[0];
  if (!me) throw new ApiError('unauthenticated', '账号不存在，请重新登录');
  return { ...me, memberships: myMemberships, adminRegions: myRegions, disciplineRegions: myDisciplineRegions };
});

implement(meRoutes, endpoints.updateMe, async ({ c, caller, body }) => {
  const updated = await c
    .get('db')
    .update(users)
    // Named fields only; drizzle skips the undefined ones, and null clears a field.
    .set({
      name: body.name,
      phone: body.phone,
      unitKind: body.unitKind,
      unitName: body.unitName,
      updatedAt: Date.now(),
    })
    .where(eq(users.id, caller.userId))
    .returning(profileColumns)
    .get();
  if (!updated) throw new ApiError('unauthenticated', '账号不存在，请重新登录');
  return updated;
});

// The work team is the membership's: the one the roster, team check-in and the team ranking use.
implement(meRoutes, endpoints.updateMyMembership, async ({ c, caller, params, body }) => {
  const db = c.get('db');
  const mine = and(eq(memberships.branchId, params.branchId), eq(memberships.userId, caller.userId));
  const [, row] = await db.batch([
    db.update(memberships).set({ workTeam: body.workTeam }).where(mine),
    db.select(myMembershipColumns).from(memberships).innerJoin(branches, eq(branches.id, memberships.branchId)).where(mine),
  ]);
  return row[0]!;
});
