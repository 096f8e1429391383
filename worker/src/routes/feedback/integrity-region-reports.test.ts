/** A 廉政监督 report sent to the region: hidden from everyone in the branch, handled by the region's discipline contact alone. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld, type World } from '../../../test/fixtures';
import { integrity, submit } from './integrity-test-helpers';

/** The branch's discipline member (纪检委员): a committee member with the flag. */
async function makeDisciplineMember(world: World) {
  await env.DB.prepare('UPDATE memberships SET is_discipline = 1 WHERE branch_id = ?1 AND user_id = ?2')
    .bind(world.branchId, world.people.committee.id)
    .run();
  return world.people.committee;
}

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
