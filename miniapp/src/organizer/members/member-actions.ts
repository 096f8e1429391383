import { BRANCH_ROLE_LABELS, type BranchRole } from '@sitebranch/shared';

export type MemberAction = { kind: 'role'; role: BranchRole } | { kind: 'workTeam' } | { kind: 'claimCode' } | { kind: 'remove' };

/**
 * What a secretary may do to a member, as sheet options: roles below secretary (appointing a
 * secretary is the region's), the work team, and removal; for someone on the 花名册 who has never
 * logged in, no organizer's role but a claim code. Mirrors the worker's rules; the worker decides.
 */
export function memberActions(target: {
  role: BranchRole;
  rosterOnly?: boolean;
}): { name: string; action: MemberAction; danger?: boolean }[] {
  if (target.role === 'secretary') return [{ name: '修改班组', action: { kind: 'workTeam' } }];
  const roles: BranchRole[] = target.rosterOnly ? ['masses', 'member'] : ['masses', 'member', 'committee'];
  return [
    ...(target.rosterOnly ? [{ name: '生成认领码', action: { kind: 'claimCode' } as MemberAction }] : []),
    ...roles
      .filter((role) => role !== target.role)
      .map((role) => ({ name: `设为${BRANCH_ROLE_LABELS[role]}`, action: { kind: 'role', role } as MemberAction })),
    { name: '修改班组', action: { kind: 'workTeam' } },
    { name: '移出支部', action: { kind: 'remove' }, danger: true },
  ];
}
