import { describe, expect, it } from 'vitest';
import { call, makeEvent, makePerson, makeWorld } from '../../../test/fixtures';

describe('GET /api/me', () => {
  it('lists memberships with roles and administered regions', async () => {
    const world = await makeWorld();
    const secretary = await call('GET', '/api/me', { token: world.people.secretary.token });
    expect(secretary.status).toBe(200);
    expect(secretary.body.memberships).toEqual([
      expect.objectContaining({ branchId: world.branchId, role: 'secretary', branchKind: 'site', branchName: '测试工地支部' }),
    ]);
    expect(secretary.body.adminRegions).toEqual([]);
    expect(secretary.body).not.toHaveProperty('openid');

    const admin = await call('GET', '/api/me', { token: world.people.regionAdmin.token });
    expect(admin.body.adminRegions).toEqual([{ regionId: world.regionId, regionName: '测试区域' }]);
    expect(admin.body.memberships).toEqual([]);
  });
});

describe('PATCH /api/me', () => {
  it('saves name, phone and unit, and clears with null', async () => {
    const person = await makePerson('李四');
    const saved = await call('PATCH', '/api/me', {
      token: person.token,
      body: { name: ' 李四海 ', phone: '13800138000', unitKind: 'contractor', unitName: '中建某局' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: '李四海', phone: '13800138000', unitKind: 'contractor', unitName: '中建某局' });

    const cleared = await call('PATCH', '/api/me', { token: person.token, body: { phone: null } });
    expect(cleared.body).toMatchObject({ name: '李四海', phone: null });
    const me = await call('GET', '/api/me', { token: person.token });
    expect(me.body.phone).toBeNull();
  });

  it('refuses an empty change and a blank name', async () => {
    const person = await makePerson('王五');
    expect((await call('PATCH', '/api/me', { token: person.token, body: {} })).body.error.message).toContain('请至少修改一项');
    expect((await call('PATCH', '/api/me', { token: person.token, body: { name: '   ' } })).body.error.fields.name).toBe('请填写姓名');
  });

  it('cannot set fields the schema does not name', async () => {
    const person = await makePerson('想当管理员的人');
    const res = await call('PATCH', '/api/me', { token: person.token, body: { name: '赵六', isPlatformAdmin: true } });
    expect(res.status).toBe(400);
    const regions = await call('POST', '/api/regions', { token: person.token, body: { name: '我的区域' } });
    expect(regions.status).toBe(403);
  });
});

describe('PATCH /api/me/memberships/{branchId}: one work team per membership', () => {
  it('is the work team the roster shows, the team check-in uses and the team ranking counts', async () => {
    const world = await makeWorld();
    const worker = world.workers[0]!;
    const saved = await call('PATCH', `/api/me/memberships/${world.branchId}`, { token: worker.token, body: { workTeam: ' 钢筋班 ' } });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ branchId: world.branchId, workTeam: '钢筋班' });
    const me = await call('GET', '/api/me', { token: worker.token });
    expect(me.body.memberships.find((m: { branchId: string }) => m.branchId === world.branchId).workTeam).toBe('钢筋班');
    const roster = await call('GET', `/api/branches/${world.branchId}/members?workTeam=钢筋班`, { token: world.people.secretary.token });
    expect(roster.body.members.map((m: { userId: string }) => m.userId)).toContain(worker.id);
    const eventId = await makeEvent(world);
    const team = await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.committee.token,
      body: { workTeam: '钢筋班' },
    });
    expect(team.body.added).toBeGreaterThanOrEqual(1);
    const attendance = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.secretary.token });
    expect(attendance.body.people.find((p: { userId: string }) => p.userId === worker.id)).toMatchObject({
      status: 'present',
      workTeam: '钢筋班',
    });
    // The secretary changes it on the roster: the worker sees the change.
    await call('PATCH', `/api/branches/${world.branchId}/members/${worker.id}`, {
      token: world.people.secretary.token,
      body: { workTeam: '木工班' },
    });
    const after = await call('GET', '/api/me', { token: worker.token });
    expect(after.body.memberships.find((m: { branchId: string }) => m.branchId === world.branchId).workTeam).toBe('木工班');
    // Cleared with null.
    expect(
      (await call('PATCH', `/api/me/memberships/${world.branchId}`, { token: worker.token, body: { workTeam: null } })).body.workTeam,
    ).toBeNull();
  });

  it('refuses a long work team, and a branch the person is not in', async () => {
    const world = await makeWorld();
    const long = await call('PATCH', `/api/me/memberships/${world.branchId}`, {
      token: world.workers[0]!.token,
      body: { workTeam: '班'.repeat(21) },
    });
    expect(long.body.error.fields.workTeam).toBe('班组不能超过 20 个字');
    const other = await call('PATCH', `/api/me/memberships/${world.otherBranchId}`, {
      token: world.workers[0]!.token,
      body: { workTeam: '钢筋班' },
    });
    expect(other.status).toBe(403);
  });
});
