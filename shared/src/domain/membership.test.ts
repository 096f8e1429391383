import { describe, expect, it } from 'vitest';
import { checkRemoval, checkRoleChange, checkWorkTeamChange, maxInviteRole, type MembershipActor } from './membership';

const secretary: MembershipActor = { userId: 's', role: 'secretary', isRegionAdmin: false };
const committee: MembershipActor = { userId: 'c', role: 'committee', isRegionAdmin: false };
const regionAdmin: MembershipActor = { userId: 'r', role: null, isRegionAdmin: true };

describe('maxInviteRole', () => {
  it('lets secretaries invite up to member and region admins up to secretary', () => {
    expect(maxInviteRole(secretary)).toBe('member');
    expect(maxInviteRole(regionAdmin)).toBe('secretary');
    expect(maxInviteRole(committee)).toBeNull();
  });
});

describe('checkRoleChange', () => {
  it('lets a secretary promote a worker to committee', () => {
    expect(checkRoleChange(secretary, { userId: 'w', role: 'masses' }, 'committee', 1)).toBeNull();
  });
  it('keeps appointing and demoting secretaries for the region', () => {
    expect(checkRoleChange(secretary, { userId: 'w', role: 'member' }, 'secretary', 1)).toBe('forbidden');
    expect(checkRoleChange(secretary, { userId: 's2', role: 'secretary' }, 'member', 2)).toBe('forbidden');
    expect(checkRoleChange(regionAdmin, { userId: 'w', role: 'member' }, 'secretary', 1)).toBeNull();
    expect(checkRoleChange(regionAdmin, { userId: 's2', role: 'secretary' }, 'member', 2)).toBeNull();
  });
  it('never leaves a branch without a secretary', () => {
    expect(checkRoleChange(regionAdmin, { userId: 's', role: 'secretary' }, 'committee', 1)).toBe('last_secretary');
  });
  it('refuses committee members', () => {
    expect(checkRoleChange(committee, { userId: 'w', role: 'masses' }, 'member', 1)).toBe('forbidden');
    expect(checkWorkTeamChange(committee)).toBe('forbidden');
    expect(checkWorkTeamChange(secretary)).toBeNull();
  });
});

describe('checkRemoval', () => {
  it('lets anyone leave, but not the last secretary', () => {
    expect(checkRemoval(committee, { userId: 'c', role: 'committee' }, 1)).toBeNull();
    expect(checkRemoval(secretary, { userId: 's', role: 'secretary' }, 1)).toBe('last_secretary');
    expect(checkRemoval(secretary, { userId: 's', role: 'secretary' }, 2)).toBeNull();
  });
  it('lets secretaries remove members below them only', () => {
    expect(checkRemoval(secretary, { userId: 'w', role: 'committee' }, 1)).toBeNull();
    expect(checkRemoval(secretary, { userId: 's2', role: 'secretary' }, 2)).toBe('forbidden');
    expect(checkRemoval(committee, { userId: 'w', role: 'masses' }, 1)).toBe('forbidden');
    expect(checkRemoval(regionAdmin, { userId: 's2', role: 'secretary' }, 2)).toBeNull();
  });
});
