import type { Contest } from '@sitebranch/shared';

const ORDER = { open: 0, upcoming: 1, closed: 2 } as const;

/**
 * The contests of the branch on screen and of its whole region, open ones first: what 答题 lists
 * and what 首页 shows as 进行中, decided in one place so the two never disagree. A region admin who
 * belongs to no branch sees every contest of the regions they administer.
 */
export function contestsHere(
  contests: Contest[],
  membership: { branchId: string; regionId: string } | null | undefined,
  adminRegionIds: string[] = [],
): Contest[] {
  const here = (c: Contest) =>
    membership
      ? c.scope.branchId === membership.branchId || (c.scope.kind === 'region' && c.scope.regionId === membership.regionId)
      : adminRegionIds.includes(c.scope.regionId);
  return contests.filter(here).sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}
