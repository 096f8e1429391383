import { endpoints } from '@sitebranch/shared';
import { asc, eq, sql as drizzleSql } from 'drizzle-orm';
import { Hono } from 'hono';
import { branchColumns } from '../../db/branches';
import { newId } from '../../db/ids';
import { all, sql } from '../../db/sql';
import { branches, regionAdmins, regions } from '../../db/schema';
import type { AppEnv } from '../../env';
import { implement } from '../../http/implement';

export const regionRoutes = new Hono<AppEnv>();

implement(regionRoutes, endpoints.listRegions, async ({ c, caller }) => {
  const list = await c
    .get('db')
    .select({ id: regions.id, name: regions.name, createdAt: regions.createdAt })
    .from(regions)
    .where(
      drizzleSql`EXISTS (SELECT 1 FROM region_admins ra WHERE ra.region_id = ${regions.id} AND ra.user_id = ${caller.userId})
        OR (SELECT is_platform_admin FROM users WHERE id = ${caller.userId}) = 1`,
    )
    .orderBy(asc(regions.createdAt));
  return { regions: list };
});

implement(regionRoutes, endpoints.createRegion, async ({ c, caller, body }) => {
  const db = c.get('db');
  const region = { id: newId(), name: body.name, createdAt: Date.now() };
  // The creator administers the new region; both rows or neither.
  await db.batch([
    db.insert(regions).values(region),
    db.insert(regionAdmins).values({ regionId: region.id, userId: caller.userId, createdAt: region.createdAt }),
  ]);
  return region;
});

/** Each branch's secretaries (found by the index on (branch, role)), and the start of its latest event begun. */
export const REGION_BRANCHES_SQL = {
  secretaries: `SELECT m.branch_id, u.id AS user_id, u.name, u.phone
    FROM branches b CROSS JOIN memberships m JOIN users u ON u.id = m.user_id
    WHERE b.region_id = :regionId AND m.branch_id = b.id AND m.role = 'secretary' ORDER BY m.joined_at`,
  lastActivity: `SELECT b.id AS branch_id, (SELECT e.starts_at FROM events e WHERE e.branch_id = b.id AND e.starts_at <= :now AND e.status = 'published'
      ORDER BY e.starts_at DESC LIMIT 1) AS last_activity_at
    FROM branches b WHERE b.region_id = :regionId`,
};

implement(regionRoutes, endpoints.listRegionBranches, async ({ c, params }) => {
  const db = c.get('db');
  const d1 = c.env.DB;
  const region = { regionId: params.id };
  const [list, secretaries, activity] = await Promise.all([
    db.select(branchColumns).from(branches).where(eq(branches.regionId, params.id)).orderBy(asc(branches.createdAt)),
    all<{ branchId: string; userId: string; name: string | null; phone: string | null }>(sql(d1, REGION_BRANCHES_SQL.secretaries, region)),
    all<{ branchId: string; lastActivityAt: number | null }>(sql(d1, REGION_BRANCHES_SQL.lastActivity, { ...region, now: Date.now() })),
  ]);
  const last = new Map(activity.map((a) => [a.branchId, a.lastActivityAt]));
  return {
    branches: list.map((b) => ({
      ...b,
      secretaries: secretaries.filter((s) => s.branchId === b.id).map(({ branchId: _, ...s }) => s),
      lastActivityAt: last.get(b.id) ?? null,
    })),
  };
});

implement(regionRoutes, endpoints.createBranch, async ({ c, params, body }) => {
  return c
    .get('db')
    .insert(branches)
    .values({
      id: newId(),
      regionId: params.id,
      kind: body.kind,
      name: body.name,
      projectName: body.projectName ?? null,
      address: body.address,
      coUnits: body.coUnits,
      createdAt: Date.now(),
    })
    .returning(branchColumns)
    .get();
});
