/** Appointing and removing a region's discipline contacts (纪检联系人), who take the 廉政监督 reports sent past the branches. */
import { describe, expect, it } from 'vitest';
import { call, makePerson, makeWorld, snapshotDatabase } from '../../../test/fixtures';
import { integrity, submit } from './integrity-test-helpers';

describe('appointing discipline contacts', () => {
  it('lets the region admin appoint a member of a branch of the region, shown with the branch', async () => {
    const world = await makeWorld();
    const admin = world.people.regionAdmin.token;
    const res = await call('POST', `/api/regions/${world.regionId}/discipline-contacts`, {
      token: admin,
      body: { userId: world.people.member.id },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ userId: world.people.member.id, name: '测试-member', branchName: '测试工地支部' });
    const list = await call('GET', `/api/regions/${world.regionId}/discipline-contacts`, { token: admin });
    expect(list.body.contacts.map((c: { userId: string }) => c.userId)).toEqual([
      world.people.disciplineContact.id,
      world.people.member.id,
    ]);
    const me = await call('GET', '/api/me', { token: world.people.member.token });
    expect(me.body.disciplineRegions).toEqual([{ regionId: world.regionId, regionName: '测试区域' }]);
    // Twice is once.
    expect(
      (await call('POST', `/api/regions/${world.regionId}/discipline-contacts`, { token: admin, body: { userId: world.people.member.id } }))
        .status,
    ).toBe(201);
    expect((await call('GET', `/api/regions/${world.regionId}/discipline-contacts`, { token: admin })).body.contacts).toHaveLength(2);
  });

  it('refuses people from outside the region and writes nothing', async () => {
    const world = await makeWorld();
    const stranger = await makePerson('路人');
    const before = await snapshotDatabase();
    for (const userId of [stranger.id, world.people.otherSecretary.id, 'no-such-user']) {
      const res = await call('POST', `/api/regions/${world.regionId}/discipline-contacts`, {
        token: world.people.regionAdmin.token,
        body: { userId },
      });
      expect(res.status).toBe(404);
      expect(res.body.error.message).toContain('本区域支部的成员');
    }
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('keeps the last contact while a report sent to the region is open', async () => {
    const world = await makeWorld();
    const admin = world.people.regionAdmin.token;
    const contactId = world.people.disciplineContact.id;
    const { body } = await submit(world, integrity);
    const refused = await call('DELETE', `/api/regions/${world.regionId}/discipline-contacts/${contactId}`, { token: admin });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('另一位纪检联系人');
    await call('POST', `/api/regions/${world.regionId}/discipline-contacts`, { token: admin, body: { userId: world.people.member.id } });
    expect((await call('DELETE', `/api/regions/${world.regionId}/discipline-contacts/${contactId}`, { token: admin })).status).toBe(204);
    // The removed contact no longer reads the report; the new one does.
    expect((await call('GET', `/api/feedback/${body.id}`, { token: world.people.disciplineContact.token })).status).toBe(404);
    expect((await call('GET', `/api/feedback/${body.id}`, { token: world.people.member.token })).status).toBe(200);
    expect((await call('DELETE', `/api/regions/${world.regionId}/discipline-contacts/${contactId}`, { token: admin })).status).toBe(404);
  });
});
