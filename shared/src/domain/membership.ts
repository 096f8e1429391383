import { isOrganizer, type BranchRole } from '../roles';

/** Who is acting on a branch's membership: their own role there (if any) and whether they administer its region. */
export interface MembershipActor {
  userId: string;
  role: BranchRole | null;
  isRegionAdmin: boolean;
}

export interface MembershipTarget {
  userId: string;
  role: BranchRole;
  /** On the 花名册 only, never logged in: such a person cannot hold an organizer's role. */
  rosterOnly?: boolean;
}

export type MembershipRefusal = 'forbidden' | 'last_secretary' | 'roster_cannot_organize';

/**
 * The highest role an actor may grant with an invite code.
 * Secretaries invite masses and Party members; appointing a secretary or committee is done
 * by the region (its admins may invite up to secretary) or by changing a member's role.
 */
export function maxInviteRole(actor: MembershipActor): BranchRole | null {
  if (actor.isRegionAdmin) return 'secretary';
  if (actor.role === 'secretary') return 'member';
  return null;
}

/**
 * May `actor` give `target` the role `newRole`? Secretaries manage everyone below secretary;
 * only region admins appoint or remove secretaries; a branch is never left without one.
 */
export function checkRoleChange(
  actor: MembershipActor,
  target: MembershipTarget,
  newRole: BranchRole,
  secretaryCount: number,
): MembershipRefusal | null {
  if (target.rosterOnly && isOrganizer(newRole)) return 'roster_cannot_organize';
  if (actor.isRegionAdmin) {
    return losesLastSecretary(target, newRole, secretaryCount) ? 'last_secretary' : null;
  }
  if (actor.role !== 'secretary') return 'forbidden';
  if (target.role === 'secretary' || newRole === 'secretary') return 'forbidden';
  return null;
}

/** Work teams (班组) are set by the branch's secretary or the region. */
export function checkWorkTeamChange(actor: MembershipActor): MembershipRefusal | null {
  return actor.isRegionAdmin || actor.role === 'secretary' ? null : 'forbidden';
}

/** Anyone may leave a branch; secretaries remove members below them; region admins remove anyone. */
export function checkRemoval(actor: MembershipActor, target: MembershipTarget, secretaryCount: number): MembershipRefusal | null {
  const allowed = actor.userId === target.userId || actor.isRegionAdmin || (actor.role === 'secretary' && target.role !== 'secretary');
  if (!allowed) return 'forbidden';
  return losesLastSecretary(target, null, secretaryCount) ? 'last_secretary' : null;
}

function losesLastSecretary(target: MembershipTarget, newRole: BranchRole | null, secretaryCount: number): boolean {
  return target.role === 'secretary' && newRole !== 'secretary' && secretaryCount <= 1;
}
