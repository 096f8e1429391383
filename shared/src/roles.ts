/** Roles a person holds in one branch, from the least to the most rights. */
export const BRANCH_ROLES = ['masses', 'member', 'committee', 'secretary'] as const;
export type BranchRole = (typeof BRANCH_ROLES)[number];

export const BRANCH_ROLE_LABELS: Record<BranchRole, string> = {
  masses: '群众',
  member: '党员',
  committee: '支委',
  secretary: '书记',
};

/** True when `role` carries at least the rights of `min`. */
export function hasRoleAtLeast(role: BranchRole | null | undefined, min: BranchRole): boolean {
  if (!role) return false;
  return BRANCH_ROLES.indexOf(role) >= BRANCH_ROLES.indexOf(min);
}

/** Organizers: committee members and secretaries run events, contests and feedback. */
export function isOrganizer(role: BranchRole | null | undefined): boolean {
  return hasRoleAtLeast(role, 'committee');
}
