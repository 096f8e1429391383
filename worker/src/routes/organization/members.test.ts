import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { barrierD1 } from '../../../test/barrier-d1';
import { call, makeWorld } from '../../../test/fixtures';

const membersOf = (branchId: string) => `/api/branches/${branchId}/members`;

describe('GET /api/branches/:id/members', () => {
  it('lists the roster for organizers, secretaries first, with filters', async () => {
    const world = await makeWorld();
    const all = await call('GET', membersOf(world.branchId), { token: world.people.committee.token });
    expect(all.status).toBe(200);
    expect(all.body.members).toHaveLength(8);
    expect(all.body.members[0].role).toBe('secretary');
    expect(all.body.members.at(-1).role).toBe('masses');

    const team = await call('GET', `${membersOf(world.branchId)}?workTeam=钢筋班`, { token: world.people.secretary.token });
    expect(team.body.members).toHaveLength(4);
    const found = await call('GET', `${membersOf(world.branchId)}?q=${encodeURIComponent('工人2')}`, {
      token: world.people.secretary.token,
    });
    expect(found.body.members.map((m: { name: string }) => m.name)).toEqual(['测试工人2']);
    const literal = await call('GET', `${membersOf(world.branchId)}?q=${encodeURIComponent('%')}`, { token: world.people.secretary.token });
    expect(literal.body.members).toEqual([]);
    const bad = await call('GET', `${membersOf(world.branchId)}?role=boss`, { token: world.people.secretary.token });
    expect(bad.status).toBe(400);
  });
});

describe('PATCH /api/branches/:id/members/:userId', () => {
  it('lets the secretary change a role and a work team', async () => {
    const world = await makeWorld();
    const [worker] = world.workers;
    const res = await call('PATCH', `${membersOf(world.branchId)}/${worker!.id}`, {
      token: world.people.secretary.token,
      body: { role: 'committee', workTeam: '安全班' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ userId: worker!.id, role: 'committee', workTeam: '安全班', name: '测试工人1' });
    const me = await call('GET', '/api/me', { token: worker!.token });
    expect(me.body.memberships[0]).toMatchObject({ role: 'committee', workTeam: '安全班' });
  });

  it('keeps secretaries for the region to appoint, and never leaves a branch without one', async () => {
    const world = await makeWorld();
    const [worker] = world.workers;
    const promote = await call('PATCH', `${membersOf(world.branchId)}/${worker!.id}`, {
      token: world.people.secretary.token,
      body: { role: 'secretary' },
    });
    expect(promote.status).toBe(403);
    const appointed = await call('PATCH', `${membersOf(world.branchId)}/${worker!.id}`, {
      token: world.people.regionAdmin.token,
      body: { role: 'secretary' },
    });
    expect(appointed.body.role).toBe('secretary');

    // Three secretaries now: the region demotes two, and the third stays.
    const secretaries = await env.DB.prepare("SELECT user_id AS id FROM memberships WHERE branch_id = ? AND role = 'secretary'")
      .bind(world.branchId)
      .all<{ id: string }>();
    // Held so that all three read three secretaries before any writes: only the SQL guard decides.
    const together = { ...env, DB: barrierD1(env.DB, secretaries.results.length) };
    const results = await Promise.all(
      secretaries.results.map((s) =>
        call('PATCH', `${membersOf(world.branchId)}/${s.id}`, {
          token: world.people.regionAdmin.token,
          body: { role: 'member' },
          bindings: together,
        }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(2);
    const refused = results.find((r) => r.status !== 200)!;
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('last_secretary');
  });

  it('keeps a secretary when the last two are removed and demoted at the same moment', async () => {
    const world = await makeWorld();
    const secretaries = await env.DB.prepare("SELECT user_id AS id FROM memberships WHERE branch_id = ?1 AND role = 'secretary'")
      .bind(world.branchId)
      .all<{ id: string }>();
    expect(secretaries.results).toHaveLength(2);
    const [first, second] = secretaries.results.map((s) => s.id);
    // Held so that both read two secretaries before either writes: only the SQL guard decides.
    const together = { ...env, DB: barrierD1(env.DB, 2) };
    const admin = world.people.regionAdmin.token;
    const [demoted, removed] = await Promise.all([
      call('PATCH', `${membersOf(world.branchId)}/${first}`, { token: admin, body: { role: 'member' }, bindings: together }),
      call('DELETE', `${membersOf(world.branchId)}/${second}`, { token: admin, bindings: together }),
    ]);
    // One of them goes through (demoted 200, or removed 204); the other is told it would leave none.
    const refused = [demoted, removed].filter((res) => res.status === 409);
    expect(refused.map((res) => res.body.error.code)).toEqual(['last_secretary']);
    expect([demoted.status, removed.status]).toContain(refused[0] === demoted ? 204 : 200);
    const left = await env.DB.prepare("SELECT count(*) AS n FROM memberships WHERE branch_id = ?1 AND role = 'secretary'")
      .bind(world.branchId)
      .first<{ n: number }>();
    expect(left!.n).toBe(1);
  });

  it('answers 404 for someone who is not in the branch', async () => {
    const world = await makeWorld();
    const res = await call('PATCH', `${membersOf(world.branchId)}/${world.people.otherSecretary.id}`, {
      token: world.people.secretary.token,
      body: { role: 'member' },
    });
    expect(res.status).toBe(404);
  });
});

describe('DELETE /api/branches/:id/members/:userId', () => {
  it('lets a secretary remove a worker and keeps the member count', async () => {
    const world = await makeWorld();
    const [worker] = world.workers;
    expect((await call('DELETE', `${membersOf(world.branchId)}/${worker!.id}`, { token: world.people.secretary.token })).status).toBe(204);
    const branch = await call('GET', `/api/branches/${world.branchId}`, { token: world.people.secretary.token });
    expect(branch.body.memberCount).toBe(7);
    expect((await call('GET', `/api/branches/${world.branchId}`, { token: worker!.token })).status).toBe(403);
  });

  it('lets anyone leave, but not remove others', async () => {
    const world = await makeWorld();
    const [first, second] = world.workers;
    expect((await call('DELETE', `${membersOf(world.branchId)}/${second!.id}`, { token: first!.token })).status).toBe(403);
    expect((await call('DELETE', `${membersOf(world.branchId)}/${first!.id}`, { token: first!.token })).status).toBe(204);
  });

  it('does not let the last secretary leave', async () => {
    const world = await makeWorld();
    const secretaries = await env.DB.prepare("SELECT user_id AS id FROM memberships WHERE branch_id = ? AND role = 'secretary'")
      .bind(world.branchId)
      .all<{ id: string }>();
    const deputy = secretaries.results.find((s) => s.id !== world.people.secretary.id)!;
    expect((await call('DELETE', `${membersOf(world.branchId)}/${deputy.id}`, { token: world.people.regionAdmin.token })).status).toBe(204);
    const last = await call('DELETE', `${membersOf(world.branchId)}/${world.people.secretary.id}`, { token: world.people.secretary.token });
    expect(last.status).toBe(409);
    expect(last.body.error.message).toBe('支部至少要保留一名书记，请先任命新书记');
  });
});
