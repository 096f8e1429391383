import { describe, expect, it } from 'vitest';
import { call, makePerson, makeWorld } from '../../test/fixtures';

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
  it('saves name, phone, work team and unit, and clears with null', async () => {
    const person = await makePerson('李四');
    const saved = await call('PATCH', '/api/me', {
      token: person.token,
      body: { name: ' 李四海 ', phone: '13800138000', workTeam: '钢筋班', unitKind: 'contractor', unitName: '中建某局' },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ name: '李四海', phone: '13800138000', workTeam: '钢筋班', unitKind: 'contractor', unitName: '中建某局' });

    const cleared = await call('PATCH', '/api/me', { token: person.token, body: { phone: null } });
    expect(cleared.body).toMatchObject({ name: '李四海', phone: null, workTeam: '钢筋班' });
    const me = await call('GET', '/api/me', { token: person.token });
    expect(me.body.phone).toBeNull();
  });

  it('refuses an empty change, a blank name and a long work team', async () => {
    const person = await makePerson('王五');
    expect((await call('PATCH', '/api/me', { token: person.token, body: {} })).body.error.message).toContain('请至少修改一项');
    expect((await call('PATCH', '/api/me', { token: person.token, body: { name: '   ' } })).body.error.fields.name).toBe('请填写姓名');
    expect((await call('PATCH', '/api/me', { token: person.token, body: { workTeam: '班'.repeat(21) } })).body.error.fields.workTeam).toBe(
      '班组不能超过 20 个字',
    );
  });

  it('cannot set fields the schema does not name', async () => {
    const person = await makePerson('想当管理员的人');
    const res = await call('PATCH', '/api/me', { token: person.token, body: { name: '赵六', isPlatformAdmin: true } });
    expect(res.status).toBe(400);
    const regions = await call('POST', '/api/regions', { token: person.token, body: { name: '我的区域' } });
    expect(regions.status).toBe(403);
  });
});
