/** A 花名册 person as a member of the branch: checked in by roster or 接龙 and counted, never made an organizer. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../../test/fixtures';
import { add } from './roster-test-helpers';

describe('the 花名册: people without a login', () => {
  it('checks roster people in by roster, so attendance counts them', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const person = (await add(world, { name: '老吴', workTeam: '钢筋班' })).body.userId as string;
    const signed = await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.committee.token,
      body: { userIds: [person] },
    });
    expect(signed.body).toEqual({ added: 1, alreadyPresent: 0 });
    const attendance = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.committee.token });
    const row = attendance.body.people.find((p: { userId: string }) => p.userId === person);
    expect(row).toMatchObject({ name: '老吴', method: 'roster' });

    // A 接龙 list's people: marked 接龙, counted as roster check-ins, once however often it is pasted.
    const fromList = [(await add(world, { name: '老孙' })).body.userId as string, world.workers[1]!.id];
    const jielong = (body: object) => call('POST', `/api/events/${eventId}/checkins/roster`, { token: world.people.committee.token, body });
    expect((await jielong({ userIds: [...fromList, person], fromJielong: true })).body).toEqual({ added: 2, alreadyPresent: 1 });
    expect((await jielong({ userIds: [...fromList, person], fromJielong: true })).body).toEqual({ added: 0, alreadyPresent: 3 });
    const methods = await env.DB.prepare('SELECT user_id AS u, method FROM checkins WHERE event_id = ?1 ORDER BY method')
      .bind(eventId)
      .all<{ u: string; method: string }>();
    expect(methods.results.map((r) => r.method)).toEqual(['jielong', 'jielong', 'roster']);
    const counts = await env.DB.prepare('SELECT checkin_count AS present, roster_count AS roster FROM events WHERE id = ?1')
      .bind(eventId)
      .first();
    expect(counts).toEqual({ present: 3, roster: 3 });
    // A tap on the wrong name is undone like any roster check-in.
    const undo = await call('POST', `/api/events/${eventId}/checkins/undo`, {
      token: world.people.committee.token,
      body: { userId: world.workers[1]!.id, reason: '接龙里写错了人' },
    });
    expect(undo.body).toMatchObject({ method: 'jielong' });
    // The dashboard and the ledger's roster count the phone-less workers as members.
    const dashboard = await call('GET', `/api/branches/${world.branchId}/dashboard`, { token: world.people.secretary.token });
    expect(dashboard.body.members.total).toBe(10);
  });

  it('never makes a roster person an organizer: not committee, secretary, 纪检委员 or the region’s discipline contact', async () => {
    const world = await makeWorld();
    const person = (await add(world, { name: '老郑', role: 'member' })).body.userId as string;
    const path = `/api/branches/${world.branchId}/members/${person}`;
    for (const role of ['committee', 'secretary']) {
      const res = await call('PATCH', path, { token: world.people.regionAdmin.token, body: { role } });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('roster_cannot_organize');
    }
    expect((await call('PATCH', path, { token: world.people.secretary.token, body: { role: 'committee' } })).body.error.code).toBe(
      'roster_cannot_organize',
    );
    const appoint = await call('PUT', `/api/regions/${world.regionId}/branches/${world.branchId}/secretary`, {
      token: world.people.regionAdmin.token,
      body: { userId: person, formerSecretaries: 'committee' },
    });
    expect(appoint.status).toBe(409);
    expect(appoint.body.error.code).toBe('roster_cannot_organize');
    const contact = await call('POST', `/api/regions/${world.regionId}/discipline-contacts`, {
      token: world.people.regionAdmin.token,
      body: { userId: person },
    });
    expect(contact.status).toBe(409);
    // The secretaries are still who they were; 党员 ↔ 群众 and work team stay the secretary's to change.
    const secretaries = await env.DB.prepare("SELECT count(*) AS n FROM memberships WHERE branch_id = ?1 AND role = 'secretary'")
      .bind(world.branchId)
      .first<{ n: number }>();
    expect(secretaries!.n).toBe(2);
    expect(
      (await call('PATCH', path, { token: world.people.secretary.token, body: { role: 'masses', workTeam: '杂工班' } })).body,
    ).toMatchObject({ role: 'masses', workTeam: '杂工班' });
  });
});
