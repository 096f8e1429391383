import { isOrganizer, type Me, type ResponseOf, type endpoints } from '@sitebranch/shared';

export type Bank = ResponseOf<typeof endpoints.listBanks>['banks'][number];

/** Who a new bank or contest can belong to: the branch on screen, or a region the person administers. */
export interface OwnerChoice {
  kind: 'branch' | 'region';
  regionId: string;
  branchId: string | null;
  label: string;
}

/** The branch on screen when the person organizes it, then every region they administer. */
export function ownerChoices(me: Me | null, membership: Me['memberships'][number] | null): OwnerChoice[] {
  const choices: OwnerChoice[] = [];
  if (membership && isOrganizer(membership.role)) {
    choices.push({ kind: 'branch', regionId: membership.regionId, branchId: membership.branchId, label: membership.branchName });
  }
  for (const region of me?.adminRegions ?? []) {
    choices.push({ kind: 'region', regionId: region.regionId, branchId: null, label: `${region.regionName}（全区域）` });
  }
  return choices;
}

/** The owner as the API takes it: exactly one of `branchId` or `regionId`. */
export function ownerBody(owner: OwnerChoice): { branchId: string } | { regionId: string } {
  return owner.branchId ? { branchId: owner.branchId } : { regionId: owner.regionId };
}

/** Banks a contest of this owner may draw from: a branch's own and its region's; a region's own only. */
export function usableBanks(banks: Bank[], owner: OwnerChoice): Bank[] {
  return banks.filter(
    (bank) => bank.owner.regionId === owner.regionId && (bank.owner.kind === 'region' || bank.owner.branchId === owner.branchId),
  );
}
