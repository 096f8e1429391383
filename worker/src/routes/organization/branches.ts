import { endpoints } from '@sitebranch/shared';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { branchColumns } from '../../db/branches';
import { branches, regions } from '../../db/schema';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const branchRoutes = new Hono<AppEnv>();

implement(branchRoutes, endpoints.getBranch, async ({ c, caller }) => {
  const branch = await c
    .get('db')
    .select({ ...branchColumns, regionName: regions.name })
    .from(branches)
    .innerJoin(regions, eq(regions.id, branches.regionId))
    .where(eq(branches.id, caller.branch.branchId))
    .get();
  if (!branch) throw new ApiError('not_found', '支部不存在');
  return { ...branch, myRole: caller.branch.role, viewerIsRegionAdmin: caller.branch.isRegionAdmin };
});
