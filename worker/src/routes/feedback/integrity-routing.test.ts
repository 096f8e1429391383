/**
 * 廉政监督 past the branch: a report about the branch's own staff goes to the region's discipline
 * contact, and nobody in the branch — the secretary, the discipline member, the committee — sees it.
 */
import { NO_DISCIPLINE_CONTACT_MESSAGE } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makePerson, makeWorld, snapshotDatabase, type World } from '../../../test/fixtures';

const integrity = { category: 'integrity', text: '项目部材料员验收时收受分包单位购物卡' };
const submit = (world: World, body: object, token = world.people.masses.token) =>
  call('POST', `/api/branches/${world.branchId}/feedback`, { token, body });

/** The branch's discipline member (纪检委员): a committee member with the flag. */
async function makeDisciplineMember(world: World) {
  await env.DB.prepare('UPDATE memberships SET is_discipline = 1 WHERE branch_id = ?1 AND user_id = ?2')
    .bind(world.branchId, world.people.committee.id)
    .run();
  return world.people.committee;
}

const removeContacts = (world: World) =>
  env.DB.prepare('DELETE FROM region_discipline_contacts WHERE region_id = ?1').bind(world.regionId).run();

describe('where a 廉政监督 report goes', () => {
  it('sends anonymous integrity reports past the branch by default when the region has a contact', async () => {
    const world = await makeWorld();
    const res = await submit(world, integrity);
    expect(res.status).toBe(201);
    expect(res.body.routedTo).toBe('region');
    const row = await env.DB.prepare('SELECT routed_to AS routedTo, user_id AS userId FROM feedback WHERE id = ?1')
      .bind(res.body.id)
      .first();
    expect(row).toEqual({ routedTo: 'region', userId: null });
  });

  it('keeps named integrity reports and every other category in the branch unless the submitter chooses', async () => {
    const world = await makeWorld();
    expect((await submit(world, { ...integrity, anonymous: false })).body.routedTo).toBe('branch');
    expect((await submit(world, { category: 'hazard', text: '塔吊下方没有设警戒区' })).body.routedTo).toBe('branch');
    const chosen = await submit(world, { ...integrity, anonymous: false, routeTo: 'region' });
    expect(chosen.status).toBe(201);
    expect(chosen.body.routedTo).toBe('region');
    expect((await submit(world, { ...integrity, routeTo: 'branch' })).body.routedTo).toBe('branch');
  });

  it('refuses the region for other categories, naming the field, and writes nothing', async () => {
    const world = await makeWorld();
    const before = await snapshotDatabase();
    const res = await submit(world, { category: 'request', text: '宿舍热水器坏了三天', routeTo: 'region' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual({ routeTo: '只有廉政监督可以直接报送区域纪检联系人' });
    const wrong = await submit(world, { ...integrity, routeTo: 'district' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.routeTo).toContain('branch');
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('stays in the branch when the region has no contact, and says so when the region is asked for', async () => {
    const world = await makeWorld();
    await removeContacts(world);
    expect((await submit(world, integrity)).body.routedTo).toBe('branch');
    const before = await snapshotDatabase();
    const res = await submit(world, { ...integrity, routeTo: 'region' });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({ message: NO_DISCIPLINE_CONTACT_MESSAGE, fields: { routeTo: NO_DISCIPLINE_CONTACT_MESSAGE } });
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('tells each member whether the region can take a report, in /api/me', async () => {
    const world = await makeWorld();
    const me = await call('GET', '/api/me', { token: world.people.masses.token });
    expect(me.body.memberships[0].regionHasDisciplineContact).toBe(true);
    await removeContacts(world);
    expect((await call('GET', '/api/me', { token: world.people.masses.token })).body.memberships[0].regionHasDisciplineContact).toBe(false);
    const contact = await call('GET', '/api/me', { token: world.people.disciplineContact.token });
    expect(contact.body.disciplineRegions).toEqual([]);
  });
});

describe('a report sent to the region', () => {
  it('is invisible to everyone in the branch: not listed, not found, not handled', async () => {
    const world = await makeWorld();
    const discipline = await makeDisciplineMember(world);
    const { body } = await submit(world, integrity);
    for (const person of [world.people.secretary, discipline]) {
      const list = await call('GET', `/api/branches/${world.branchId}/feedback`, { token: person.token });
      expect(list.status).toBe(200);
      expect(list.body.feedback.map((f: { id: string }) => f.id)).not.toContain(body.id);
      expect((await call('GET', `/api/feedback/${body.id}`, { token: person.token })).status).toBe(404);
      const accept = await call('POST', `/api/feedback/${body.id}/transitions`, { token: person.token, body: { to: 'accepted' } });
      expect(accept.status).toBe(404);
      expect((await call('POST', `/api/feedback/${body.id}/replies`, { token: person.token, body: { text: '我们会核实' } })).status).toBe(
        404,
      );
    }
    // The region admin who appointed the contact does not read the reports either.
    expect((await call('GET', `/api/feedback/${body.id}`, { token: world.people.regionAdmin.token })).status).toBe(404);
    expect((await call('GET', `/api/regions/${world.regionId}/integrity-reports`, { token: world.people.regionAdmin.token })).status).toBe(
      403,
    );
    const status = await env.DB.prepare('SELECT status FROM feedback WHERE id = ?1').bind(body.id).first<{ status: string }>();
    expect(status!.status).toBe('submitted');
  });

  it('is listed with its branch for the region contact, who accepts, replies and resolves it; the submitter follows by receipt', async () => {
    const world = await makeWorld();
    const { body } = await submit(world, integrity);
    const contact = world.people.disciplineContact;
    const list = await call('GET', `/api/regions/${world.regionId}/integrity-reports`, { token: contact.token });
    expect(list.status).toBe(200);
    expect(list.body.feedback).toMatchObject([
      { id: body.id, branchName: '测试工地支部', routedTo: 'region', anonymous: true, submitterName: null },
    ]);
    const detail = await call('GET', `/api/feedback/${body.id}`, { token: contact.token });
    expect(detail.body.can.handle).toEqual(['accepted', 'declined']);
    expect((await call('POST', `/api/feedback/${body.id}/transitions`, { token: contact.token, body: { to: 'accepted' } })).status).toBe(
      200,
    );
    expect(
      (await call('POST', `/api/feedback/${body.id}/replies`, { token: contact.token, body: { text: '已转区纪工委核查' } })).status,
    ).toBe(200);
    expect(
      (await call('POST', `/api/feedback/${body.id}/transitions`, { token: contact.token, body: { to: 'resolved', note: '查实，已处理' } }))
        .status,
    ).toBe(200);

    const followed = await call('POST', '/api/feedback/receipt', { body: { code: body.receipt } });
    expect(followed.body).toMatchObject({ status: 'resolved', routedTo: 'region' });
    expect(followed.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'accepted', 'reply', 'resolved']);
    expect(
      (await call('GET', `/api/regions/${world.regionId}/integrity-reports?status=resolved`, { token: contact.token })).body.feedback,
    ).toHaveLength(1);
  });

  it('stays away from the contact of another region, and from a contact of this one for branch reports', async () => {
    const world = await makeWorld();
    const toRegion = (await submit(world, integrity)).body.id;
    const toBranch = (await submit(world, { ...integrity, routeTo: 'branch' })).body.id;
    const other = world.people.otherDisciplineContact;
    expect((await call('GET', `/api/feedback/${toRegion}`, { token: other.token })).status).toBe(404);
    expect((await call('GET', `/api/regions/${world.regionId}/integrity-reports`, { token: other.token })).status).toBe(403);
    const theirs = await call('GET', `/api/regions/${world.otherRegionId}/integrity-reports`, { token: other.token });
    expect(theirs.body.feedback).toEqual([]);
    expect((await call('GET', `/api/feedback/${toBranch}`, { token: world.people.disciplineContact.token })).status).toBe(404);
    expect((await call('GET', `/api/feedback/${toBranch}`, { token: world.people.secretary.token })).status).toBe(200);
  });
});

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
