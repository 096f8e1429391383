/**
 * A fresh "world" for a test: two regions with a branch each and people of every role, written
 * straight to D1, plus an invite and an event of its branch. Each call uses new random ids, so
 * tests never see each other's rows.
 */
import { env } from 'cloudflare:workers';
import type { BranchRole } from '@sitebranch/shared';
import { createDatabase } from '../src/db/client';
import { newId, newInviteCode } from '../src/db/ids';
import { branches, events, invites, memberships, regionAdmins, regionDisciplineContacts, regions } from '../src/db/schema';
import { makePerson, type Person } from './people';

/** Roles the authorization matrix calls every route as. */
export const MATRIX_ROLES = [
  'none',
  'platformAdmin',
  'outsider',
  'masses',
  'member',
  'committee',
  'secretary',
  'regionAdmin',
  'otherSecretary',
  'otherRegionAdmin',
  /** The region's discipline contact (纪检联系人): above the branches, a member of none. */
  'disciplineContact',
  'otherDisciplineContact',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

export interface World {
  regionId: string;
  branchId: string;
  otherRegionId: string;
  otherBranchId: string;
  people: Record<Exclude<MatrixRole, 'none'>, Person>;
  /** Extra members of the branch to act on (change, remove). */
  workers: Person[];
}

/**
 * Two regions, each with a branch, an admin and a discipline contact. The own branch has a member
 * of every role, a second secretary (so the secretary may be acted on) and spare workers; the
 * other branch has its own secretary.
 */
export async function makeWorld(): Promise<World> {
  const db = createDatabase(env.DB);
  const now = Date.now();
  const [regionId, otherRegionId, branchId, otherBranchId] = [newId(), newId(), newId(), newId()];
  const names = [
    'outsider',
    'masses',
    'member',
    'committee',
    'secretary',
    'regionAdmin',
    'otherSecretary',
    'otherRegionAdmin',
    'disciplineContact',
    'otherDisciplineContact',
  ] as const;
  const people = {} as World['people'];
  for (const role of names) people[role] = await makePerson(`测试-${role}`);
  people.platformAdmin = await makePerson('测试-平台管理员', { platformAdmin: true });
  const workers = await Promise.all([1, 2, 3].map((n) => makePerson(`测试工人${n}`)));
  const deputy = await makePerson('测试-副书记');

  const member = (branch: string, person: Person, role: BranchRole, workTeam: string | null = null) => ({
    branchId: branch,
    userId: person.id,
    role,
    workTeam,
    // Joined a month ago, so events of the past weeks expected them.
    joinedAt: now - 30 * 24 * 60 * 60_000,
  });
  await db.batch([
    db.insert(regions).values([
      { id: regionId, name: '测试区域', createdAt: now },
      { id: otherRegionId, name: '其他区域', createdAt: now },
    ]),
    db.insert(branches).values([
      { id: branchId, regionId, kind: 'site', name: '测试工地支部', address: '测试路 1 号', memberCount: 8, createdAt: now },
      {
        id: otherBranchId,
        regionId: otherRegionId,
        kind: 'community',
        name: '其他社区支部',
        address: '其他路 2 号',
        memberCount: 1,
        createdAt: now,
      },
    ]),
    db
      .insert(memberships)
      .values([
        member(branchId, people.masses, 'masses', '钢筋班'),
        member(branchId, people.member, 'member', '木工班'),
        member(branchId, people.committee, 'committee'),
        member(branchId, people.secretary, 'secretary'),
        member(branchId, deputy, 'secretary'),
        ...workers.map((w) => member(branchId, w, 'masses', '钢筋班')),
        member(otherBranchId, people.otherSecretary, 'secretary'),
      ]),
    db.insert(regionAdmins).values([
      { regionId, userId: people.regionAdmin.id, createdAt: now },
      { regionId: otherRegionId, userId: people.otherRegionAdmin.id, createdAt: now },
    ]),
    db.insert(regionDisciplineContacts).values([
      { regionId, userId: people.disciplineContact.id, appointedBy: people.regionAdmin.id, createdAt: now },
      { regionId: otherRegionId, userId: people.otherDisciplineContact.id, appointedBy: people.otherRegionAdmin.id, createdAt: now },
    ]),
  ]);
  return { regionId, branchId, otherRegionId, otherBranchId, people, workers };
}

/** A usable invite code to the world's branch, made by its secretary. */
export async function makeInvite(world: World): Promise<string> {
  const code = newInviteCode();
  await createDatabase(env.DB)
    .insert(invites)
    .values({
      code,
      branchId: world.branchId,
      role: 'masses',
      expiresAt: Date.now() + 3_600_000,
      maxUses: 100,
      createdBy: world.people.secretary.id,
      createdAt: Date.now(),
    });
  return code;
}

/** A published event of the world's branch, open for check-in now, for everyone, with no geofence unless given. */
export async function makeEvent(world: World, overrides: Partial<typeof events.$inferInsert> = {}): Promise<string> {
  const id = newId();
  const now = Date.now();
  await createDatabase(env.DB)
    .insert(events)
    .values({
      id,
      branchId: world.branchId,
      kind: 'training',
      title: '班前安全教育',
      placeName: '项目部会议室',
      startsAt: now - 10 * 60_000,
      endsAt: now + 60 * 60_000,
      checkinOpensAt: now - 40 * 60_000,
      checkinClosesAt: now + 60 * 60_000,
      lateAfterMinutes: 15,
      audience: 'everyone',
      status: 'published',
      createdBy: world.people.secretary.id,
      createdAt: now,
      updatedAt: now,
      ...overrides,
    });
  return id;
}
