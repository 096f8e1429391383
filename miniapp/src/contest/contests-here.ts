import type { Contest } from '@sitebranch/shared';

const ORDER = { open: 0, upcoming: 1, closed: 2 } as const;

/**
 * The contests of the branch on screen and of its whole region, open ones first: what 答题 lists
 * and what 首页 shows as 进行中, decided in one place so the two never disagree.
 */
export function contestsHere(contests: Contest[], membership: { branchId: string; regionId: string } | null | undefined): Contest[] {
  if (!membership) return [];
  return contests
    .filter((c) => c.scope.branchId === membership.branchId || (c.scope.kind === 'region' && c.scope.regionId === membership.regionId))
    .sort((a, b) => ORDER[a.status] - ORDER[b.status]);
}
