/** Claiming a place on the 花名册: the one-time claim code, what moves to the claimer, and claims that race. */
import { sha256Hex } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { barrierD1 } from '../../../test/barrier-d1';
import { call, makeEvent, makePerson, makeWorld, snapshotDatabase, type World } from '../../../test/fixtures';
import { add, memberCount, members } from './roster-test-helpers';

const claimCode = async (world: World, userId: string) =>
  (await call('POST', `/api/branches/${world.branchId}/members/${userId}/claim-code`, { token: world.people.secretary.token })).body
    .code as string;

describe('claiming a place on the 花名册', () => {
  async function rosterPersonWithHistory(world: World) {
    const person = (await add(world, { name: '老冯', workTeam: '钢筋班', phone: '13600001234', role: 'member' })).body.userId as string;
    const eventId = await makeEvent(world);
    await call('POST', `/api/events/${eventId}/checkins/roster`, { token: world.people.committee.token, body: { userIds: [person] } });
    return { person, eventId };
  }

  it('makes the one who logs in that same member: role, team, join date, check-ins and the month’s count move to them', async () => {
    const world = await makeWorld();
    const { person, eventId } = await rosterPersonWithHistory(world);
    const joinedAt = (await members(world)).find((m) => m.userId === person)!.joinedAt;
    const countBefore = await memberCount(world);
    const code = await claimCode(world, person);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    // Only the hash is kept: a copy of the database does not give the code.
    const stored = await env.DB.prepare('SELECT code_hash AS h FROM roster_claims WHERE user_id = ?1').bind(person).first<{ h: string }>();
    expect(stored!.h).toBe(sha256Hex(code));
    expect(JSON.stringify(await snapshotDatabase())).not.toContain(code);

    const newcomer = await makePerson('');
    await env.DB.prepare('UPDATE users SET name = NULL WHERE id = ?1').bind(newcomer.id).run();
    const preview = await call('GET', `/api/roster-claims/${code.toLowerCase()}`, { token: newcomer.token });
    expect(preview.body).toEqual({ branchId: world.branchId, branchName: '测试工地支部', name: '老冯', workTeam: '钢筋班' });

    const claimed = await call('POST', `/api/roster-claims/${code}`, { token: newcomer.token });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toEqual({ branchId: world.branchId, branchName: '测试工地支部', role: 'member', alreadyMember: false });
    const list = await members(world);
    expect(list.find((m) => m.userId === person)).toBeUndefined();
    expect(list.find((m) => m.userId === newcomer.id)).toMatchObject({
      name: '老冯',
      phone: '13600001234',
      workTeam: '钢筋班',
      role: 'member',
      rosterOnly: false,
      joinedAt,
    });
    expect(await memberCount(world)).toBe(countBefore);
    const attendance = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.committee.token });
    expect(attendance.body.people.find((p: { userId: string }) => p.userId === newcomer.id)).toMatchObject({ method: 'roster' });
    expect(attendance.body.people.find((p: { userId: string }) => p.userId === person)).toBeUndefined();
    const months = await env.DB.prepare(
      'SELECT user_id AS u, attended AS a FROM member_month_attendance WHERE branch_id = ?1 AND user_id IN (?2, ?3) AND attended <> 0',
    )
      .bind(world.branchId, person, newcomer.id)
      .all();
    expect(months.results).toEqual([{ u: newcomer.id, a: 1 }]);
    const mine = await call('GET', `/api/branches/${world.branchId}/attendance/me`, { token: newcomer.token });
    expect(JSON.stringify(mine.body)).toContain(eventId);

    // A retry of one's own claim is answered the same; the spent code is nobody else's.
    expect((await call('POST', `/api/roster-claims/${code}`, { token: newcomer.token })).body).toMatchObject({
      alreadyMember: true,
      role: 'member',
    });
    const thief = await makePerson('拿到照片的人');
    const stolen = await call('POST', `/api/roster-claims/${code}`, { token: thief.token });
    expect(stolen.status).toBe(410);
    expect(stolen.body.error.code).toBe('claim_unusable');
    expect((await call('GET', `/api/roster-claims/${code}`, { token: thief.token })).status).toBe(410);
    // Claimed, the person is no longer roster-only: a code for them is refused.
    expect(
      (await call('POST', `/api/branches/${world.branchId}/members/${newcomer.id}/claim-code`, { token: world.people.secretary.token }))
        .status,
    ).toBe(409);
  });

  it('keeps a claimer’s own name, and refuses one who is already in the branch, changing nothing', async () => {
    const world = await makeWorld();
    const { person } = await rosterPersonWithHistory(world);
    const code = await claimCode(world, person);
    const snapshot = await snapshotDatabase();
    const inBranch = await call('POST', `/api/roster-claims/${code}`, { token: world.workers[0]!.token });
    expect(inBranch.status).toBe(409);
    expect(inBranch.body.error.code).toBe('claim_already_member');
    expect(await snapshotDatabase()).toEqual(snapshot);

    const named = await makePerson('冯建军');
    expect((await call('POST', `/api/roster-claims/${code}`, { token: named.token })).status).toBe(200);
    expect((await members(world)).find((m) => m.userId === named.id)!.name).toBe('冯建军');
  });

  it('makes the same person claiming twice at once that member once, with each check-in once', async () => {
    const world = await makeWorld();
    const { person, eventId } = await rosterPersonWithHistory(world);
    const code = await claimCode(world, person);
    const claimer = await makePerson('一起点认领的工人');
    const countBefore = await memberCount(world);
    // Held so that both pass their reads before either batch runs.
    const together = { ...env, DB: barrierD1(env.DB, 2) };
    const both = await Promise.all(
      [1, 2].map(() => call('POST', `/api/roster-claims/${code}`, { token: claimer.token, bindings: together })),
    );
    expect(both.map((res) => res.status)).toEqual([200, 200]);
    const facts = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM memberships WHERE branch_id = ?1 AND user_id IN (?2, ?3)) AS memberships,
              (SELECT count(*) FROM checkins WHERE event_id = ?4 AND user_id IN (?2, ?3)) AS checkins,
              (SELECT count(*) FROM memberships WHERE branch_id = ?1 AND user_id = ?3) AS claimed`,
    )
      .bind(world.branchId, person, claimer.id, eventId)
      .first();
    expect(facts).toEqual({ memberships: 1, checkins: 1, claimed: 1 });
    expect(await memberCount(world)).toBe(countBefore);
  });

  it('gives one claim to two people claiming at once, ends a code when a new one is made, and ends codes after 7 days', async () => {
    const world = await makeWorld();
    const { person } = await rosterPersonWithHistory(world);
    const first = await claimCode(world, person);
    const second = await claimCode(world, person);
    const a = await makePerson('甲');
    expect((await call('POST', `/api/roster-claims/${first}`, { token: a.token })).status).toBe(410);

    const b = await makePerson('乙');
    const results = await Promise.all([a, b].map((p) => call('POST', `/api/roster-claims/${second}`, { token: p.token })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
    const owners = await env.DB.prepare('SELECT user_id AS u FROM memberships WHERE branch_id = ?1 AND user_id IN (?2, ?3, ?4)')
      .bind(world.branchId, person, a.id, b.id)
      .all();
    expect(owners.results).toHaveLength(1);
    const checkins = await env.DB.prepare('SELECT count(*) AS n FROM checkins WHERE user_id IN (?1, ?2, ?3)')
      .bind(person, a.id, b.id)
      .first<{ n: number }>();
    expect(checkins!.n).toBe(1);

    const other = (await add(world, { name: '老蒋' })).body.userId as string;
    const late = await claimCode(world, other);
    await env.DB.prepare('UPDATE roster_claims SET expires_at = ?2 WHERE code_hash = ?1')
      .bind(sha256Hex(late), Date.now() - 1)
      .run();
    expect((await call('POST', `/api/roster-claims/${late}`, { token: (await makePerson('丙')).token })).body.error.code).toBe(
      'claim_unusable',
    );
    expect((await call('GET', '/api/roster-claims/ABCDEFGH', { token: a.token })).status).toBe(404);
    expect((await call('GET', '/api/roster-claims/abc', { token: a.token })).status).toBe(404);
  });

  it('refuses a claim code for someone who logs in themselves, or who is in another branch', async () => {
    const world = await makeWorld();
    const own = await call('POST', `/api/branches/${world.branchId}/members/${world.workers[0]!.id}/claim-code`, {
      token: world.people.secretary.token,
    });
    expect(own.status).toBe(409);
    const elsewhere = await call('POST', `/api/branches/${world.branchId}/members/${world.people.otherSecretary.id}/claim-code`, {
      token: world.people.secretary.token,
    });
    expect(elsewhere.status).toBe(404);
  });
});
