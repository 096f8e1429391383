import { branches } from './schema';

/** The columns of a branch that members and admins see. */
export const branchColumns = {
  id: branches.id,
  regionId: branches.regionId,
  kind: branches.kind,
  name: branches.name,
  projectName: branches.projectName,
  address: branches.address,
  coUnits: branches.coUnits,
  memberCount: branches.memberCount,
  createdAt: branches.createdAt,
};
