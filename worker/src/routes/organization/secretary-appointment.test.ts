/** The region admin appoints or replaces a branch's secretary, in one batch; nobody else can. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld, snapshotDatabase, type World } from '../../../test/fixtures';

const path = (w: World, branchId = w.branchId) => `/api/regions/${w.regionId}/branches/${branchId}/secretary`;
const roleOf = async (w: World, userId: string) =>
  (await env.DB.prepare('SELECT role, is_discipline AS isDiscipline FROM memberships WHERE branch_id = ?1 AND user_id = ?2')
    .bind(w.branchId, userId)
    .first()) as { role: string; isDiscipline: number };

describe('appointing a secretary', () => {
  it('replaces the secretaries with a member, who become 支委 by default', async () => {
    const world = await makeWorld();
    const res = await call('PUT', path(world), { token: world.people.regionAdmin.token, body: { userId: world.people.member.id } });
    expect(res.status).toBe(200);
    expect(res.body.secretaries).toEqual([{ userId: world.people.member.id, name: '测试-member', phone: null }]);
    expect(await roleOf(world, world.people.secretary.id)).toEqual({ role: 'committee', isDiscipline: 0 });
    // The new secretary now runs the branch.
    expect((await call('GET', `/api/branches/${world.branchId}/members`, { token: world.people.member.token })).status).toBe(200);
  });

  it('can keep the former secretary beside the new one, or make them a Party member (no longer 纪检委员)', async () => {
    const world = await makeWorld();
    const keep = await call('PUT', path(world), {
      token: world.people.regionAdmin.token,
      body: { userId: world.people.committee.id, formerSecretaries: 'keep' },
    });
    expect(keep.body.secretaries.map((s: { userId: string }) => s.userId)).toHaveLength(3);
    await env.DB.prepare('UPDATE memberships SET is_discipline = 1 WHERE branch_id = ?1 AND user_id = ?2')
      .bind(world.branchId, world.people.member.id)
      .run();
    await call('PUT', path(world), {
      token: world.people.regionAdmin.token,
      body: { userId: world.people.member.id, formerSecretaries: 'member' },
    });
    expect(await roleOf(world, world.people.committee.id)).toEqual({ role: 'member', isDiscipline: 0 });
    expect(await roleOf(world, world.people.member.id)).toEqual({ role: 'secretary', isDiscipline: 0 });
  });

  it('refuses someone who is not a member, a branch of another region, and a bad choice, changing nothing', async () => {
    const world = await makeWorld();
    const admin = world.people.regionAdmin.token;
    const before = await snapshotDatabase();
    const outsider = await call('PUT', path(world), { token: admin, body: { userId: world.people.outsider.id } });
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.message).toContain('书记邀请码');
    const elsewhere = await call('PUT', path(world, world.otherBranchId), {
      token: admin,
      body: { userId: world.people.otherSecretary.id },
    });
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.message).toBe('本区域没有这个支部');
    const bad = await call('PUT', path(world), { token: admin, body: { userId: world.people.member.id, formerSecretaries: 'fired' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.formerSecretaries).toContain('支委');
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('is not for a secretary, nor for another region’s admin', async () => {
    const world = await makeWorld();
    for (const who of [world.people.secretary, world.people.otherRegionAdmin]) {
      const res = await call('PUT', path(world), { token: who.token, body: { userId: who.id } });
      expect(res.status).toBe(403);
    }
    expect((await roleOf(world, world.people.secretary.id)).role).toBe('secretary');
  });
});
