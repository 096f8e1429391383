import { endpoints } from '@sitebranch/shared';
import { asc, eq, sql } from 'drizzle-orm';
import { Hono } from 'hono';
import { branchColumns } from '../db/branches';
import { newId } from '../db/ids';
import { branches, regionAdmins, regions } from '../db/schema';
import type { AppEnv } from '../env';
import { implement } from '../http/implement';

export const regionRoutes = new Hono<AppEnv>();

implement(regionRoutes, endpoints.listRegions, async ({ c, caller }) => {
  const list = await c
    .get('db')
    .select({ id: regions.id, name: regions.name, createdAt: regions.createdAt })
    .from(regions)
    .where(
      sql`EXISTS (SELECT 1 FROM region_admins ra WHERE ra.region_id = ${regions.id} AND ra.user_id = ${caller.userId})
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

implement(regionRoutes, endpoints.listRegionBranches, async ({ c, params }) => {
  const list = await c
    .get('db')
    .select(branchColumns)
    .from(branches)
    .where(eq(branches.regionId, params.id))
    .orderBy(asc(branches.createdAt));
  return { branches: list };
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
