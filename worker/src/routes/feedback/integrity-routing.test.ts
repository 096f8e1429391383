/**
 * 廉政监督 past the branch: a report about the branch's own staff goes to the region's discipline
 * contact, and nobody in the branch — the secretary, the discipline member, the committee — sees it.
 */
import { NO_DISCIPLINE_CONTACT_MESSAGE } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld, snapshotDatabase, type World } from '../../../test/fixtures';
import { integrity, submit } from './integrity-test-helpers';

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
