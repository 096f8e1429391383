import type { Me } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { ownerBody, ownerChoices, usableBanks, type Bank } from './owners';

const membership = (role: Me['memberships'][number]['role']): Me['memberships'][number] => ({
  branchId: 'demo-site',
  branchName: '滨江花园项目临时党支部',
  branchKind: 'site',
  regionId: 'demo-region',
  role,
  workTeam: null,
  joinedAt: 0,
  regionHasDisciplineContact: false,
});
const me = (adminRegions: Me['adminRegions']) => ({ adminRegions }) as Me;

const bank = (id: string, owner: Partial<Bank['owner']>): Bank => ({
  id,
  name: id,
  activeCount: 10,
  canEdit: true,
  createdAt: 0,
  owner: { kind: 'branch', regionId: 'demo-region', branchId: 'demo-site', name: '支部', ...owner },
});

describe('owners of banks and contests', () => {
  it('offers the branch to its organizers and the regions to their admins', () => {
    expect(ownerChoices(me([]), membership('member'))).toEqual([]);
    const choices = ownerChoices(me([{ regionId: 'demo-region', regionName: '示范市' }]), membership('secretary'));
    expect(choices.map((c) => c.label)).toEqual(['滨江花园项目临时党支部', '示范市（全区域）']);
    expect(ownerBody(choices[0]!)).toEqual({ branchId: 'demo-site' });
    expect(ownerBody(choices[1]!)).toEqual({ regionId: 'demo-region' });
    expect(ownerChoices(me([{ regionId: 'r2', regionName: '另一区' }]), null)).toHaveLength(1);
  });

  it('lets a branch contest draw from its own and its region banks, a region contest from region banks only', () => {
    const banks = [
      bank('own', {}),
      bank('other-branch', { branchId: 'demo-community' }),
      bank('region', { kind: 'region', branchId: null }),
      bank('other-region', { kind: 'region', regionId: 'r2', branchId: null }),
    ];
    const [branch, region] = ownerChoices(me([{ regionId: 'demo-region', regionName: '示范市' }]), membership('committee'));
    expect(usableBanks(banks, branch!).map((b) => b.id)).toEqual(['own', 'region']);
    expect(usableBanks(banks, region!).map((b) => b.id)).toEqual(['region']);
  });
});
