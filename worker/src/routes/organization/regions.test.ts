import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld } from '../../../test/fixtures';

describe('regions', () => {
  it('lets a platform admin create a region and become its admin', async () => {
    const { people } = await makeWorld();
    const created = await call('POST', '/api/regions', { token: people.platformAdmin.token, body: { name: '某市住建局' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name: '某市住建局' });
    const mine = await call('GET', '/api/regions', { token: people.platformAdmin.token });
    expect(mine.body.regions.map((r: { id: string }) => r.id)).toContain(created.body.id);
    const admins = await env.DB.prepare('SELECT user_id FROM region_admins WHERE region_id = ?').bind(created.body.id).all();
    expect(admins.results).toEqual([{ user_id: people.platformAdmin.id }]);
  });

  it('lists only the regions a person administers', async () => {
    const world = await makeWorld();
    const res = await call('GET', '/api/regions', { token: world.people.regionAdmin.token });
    expect(res.body.regions).toEqual([expect.objectContaining({ id: world.regionId, name: '测试区域' })]);
    const none = await call('GET', '/api/regions', { token: world.people.secretary.token });
    expect(none.body.regions).toEqual([]);
  });

  it('lets a region admin create a site branch with its co-building units', async () => {
    const world = await makeWorld();
    const res = await call('POST', `/api/regions/${world.regionId}/branches`, {
      token: world.people.regionAdmin.token,
      body: {
        kind: 'site',
        name: '滨江花园项目临时党支部',
        projectName: '滨江花园二期',
        address: '滨江路 88 号',
        coUnits: [
          { kind: 'contractor', name: '某建工集团' },
          { kind: 'supervisor', name: '某监理公司' },
        ],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'site',
      regionId: world.regionId,
      memberCount: 0,
      coUnits: [
        { kind: 'contractor', name: '某建工集团' },
        { kind: 'supervisor', name: '某监理公司' },
      ],
    });
    const list = await call('GET', `/api/regions/${world.regionId}/branches`, { token: world.people.regionAdmin.token });
    expect(list.body.branches.map((b: { id: string }) => b.id)).toEqual([world.branchId, res.body.id]);
  });

  it('refuses a branch of an unknown kind and an admin of another region', async () => {
    const world = await makeWorld();
    const bad = await call('POST', `/api/regions/${world.regionId}/branches`, {
      token: world.people.regionAdmin.token,
      body: { kind: 'factory', name: '某支部', address: '某地' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.kind).toBe('支部类型只能是工地或社区');
    const other = await call('POST', `/api/regions/${world.regionId}/branches`, {
      token: world.people.otherRegionAdmin.token,
      body: { kind: 'site', name: '某支部', address: '某地' },
    });
    expect(other.status).toBe(403);
  });
});

describe('GET /api/branches/:id', () => {
  it('shows the branch with the viewer role to members and region admins only', async () => {
    const world = await makeWorld();
    const asMember = await call('GET', `/api/branches/${world.branchId}`, { token: world.people.masses.token });
    expect(asMember.status).toBe(200);
    expect(asMember.body).toMatchObject({
      id: world.branchId,
      regionName: '测试区域',
      myRole: 'masses',
      viewerIsRegionAdmin: false,
      memberCount: 8,
    });
    const asAdmin = await call('GET', `/api/branches/${world.branchId}`, { token: world.people.regionAdmin.token });
    expect(asAdmin.body).toMatchObject({ myRole: null, viewerIsRegionAdmin: true });
    const asOutsider = await call('GET', `/api/branches/${world.branchId}`, { token: world.people.outsider.token });
    expect(asOutsider.status).toBe(403);
    expect(asOutsider.body.error.message).toBe('您不是该支部的成员');
    const missing = await call('GET', '/api/branches/nosuchbranch0000', { token: world.people.masses.token });
    expect(missing.status).toBe(404);
  });
});
