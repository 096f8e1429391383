import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makePerson, makeWorld } from '../../../test/fixtures';

async function invite(token: string, branchId: string, body: object = {}) {
  return call('POST', `/api/branches/${branchId}/invites`, { token, body });
}

describe('invites', () => {
  it('lets a worker join with a code and set their work team there, and counts the use once', async () => {
    const world = await makeWorld();
    const created = await invite(world.people.secretary.token, world.branchId, { role: 'member', maxUses: 5, expiresInHours: 24 });
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect(created.body.expiresAt - Date.now()).toBeGreaterThan(23.9 * 3_600_000);

    const worker = await makePerson('新工人');
    const preview = await call('GET', `/api/invites/${created.body.code.toLowerCase()}`, { token: worker.token });
    expect(preview.body).toMatchObject({ branchName: '测试工地支部', role: 'member', usable: true });

    const joined = await call('POST', `/api/invites/${created.body.code}/join`, { token: worker.token });
    expect(joined.status).toBe(200);
    expect(joined.body).toEqual({ branchId: world.branchId, branchName: '测试工地支部', role: 'member', alreadyMember: false });
    const again = await call('POST', `/api/invites/${created.body.code}/join`, { token: worker.token });
    expect(again.body.alreadyMember).toBe(true);

    const list = await call('GET', `/api/branches/${world.branchId}/invites`, { token: world.people.secretary.token });
    expect(list.body.invites[0]).toMatchObject({ code: created.body.code, uses: 1, revoked: false });
    const branch = await call('GET', `/api/branches/${world.branchId}`, { token: worker.token });
    expect(branch.body).toMatchObject({ myRole: 'member', memberCount: 9 });
    await call('PATCH', `/api/me/memberships/${world.branchId}`, { token: worker.token, body: { workTeam: '架子班' } });
    const members = await call('GET', `/api/branches/${world.branchId}/members?workTeam=架子班`, { token: world.people.secretary.token });
    expect(members.body.members).toEqual([expect.objectContaining({ userId: worker.id, workTeam: '架子班', role: 'member' })]);
  });

  it('stops at the use limit, even when many join at once', async () => {
    const world = await makeWorld();
    const { body } = await invite(world.people.secretary.token, world.branchId, { maxUses: 3 });
    const people = await Promise.all(Array.from({ length: 8 }, (_, i) => makePerson(`抢码工人${i}`)));
    const results = await Promise.all(people.map((p) => call('POST', `/api/invites/${body.code}/join`, { token: p.token })));
    expect(results.filter((r) => r.status === 200)).toHaveLength(3);
    for (const refused of results.filter((r) => r.status !== 200)) {
      expect(refused.status).toBe(410);
      expect(refused.body.error.code).toBe('invite_used_up');
    }
    const row = await env.DB.prepare('SELECT uses FROM invites WHERE code = ?').bind(body.code).first<{ uses: number }>();
    expect(row?.uses).toBe(3);
  });

  it('refuses expired, revoked and unknown codes with a clear reason', async () => {
    const world = await makeWorld();
    const worker = await makePerson('来晚的工人');
    const { body: expired } = await invite(world.people.secretary.token, world.branchId);
    await env.DB.prepare('UPDATE invites SET expires_at = ? WHERE code = ?')
      .bind(Date.now() - 1, expired.code)
      .run();
    const tooLate = await call('POST', `/api/invites/${expired.code}/join`, { token: worker.token });
    expect(tooLate.status).toBe(410);
    expect(tooLate.body.error.code).toBe('invite_expired');

    const { body: revoked } = await invite(world.people.secretary.token, world.branchId);
    expect((await call('DELETE', `/api/invites/${revoked.code}`, { token: world.people.secretary.token })).status).toBe(204);
    const refused = await call('POST', `/api/invites/${revoked.code}/join`, { token: worker.token });
    expect(refused.body.error.code).toBe('invite_revoked');

    const unknown = await call('POST', '/api/invites/ABCDEFGH/join', { token: worker.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe('邀请码不存在，请核对后重新输入');
    const memberships = await env.DB.prepare('SELECT count(*) AS n FROM memberships WHERE user_id = ?')
      .bind(worker.id)
      .first<{ n: number }>();
    expect(memberships?.n).toBe(0);
  });

  it('lets a secretary invite up to member, and a region admin up to secretary', async () => {
    const world = await makeWorld();
    const tooHigh = await invite(world.people.secretary.token, world.branchId, { role: 'committee' });
    expect(tooHigh.status).toBe(403);
    expect(tooHigh.body.error.message).toBe('您最高只能邀请党员加入');
    const appoint = await invite(world.people.regionAdmin.token, world.branchId, { role: 'secretary', maxUses: 1 });
    expect(appoint.status).toBe(201);
    const newSecretary = await makePerson('新书记');
    const joined = await call('POST', `/api/invites/${appoint.body.code}/join`, { token: newSecretary.token });
    expect(joined.body.role).toBe('secretary');
  });
});
