import { codeWindowAt, deriveEventKey, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../test/fixtures';

const tokenNow = (eventId: string) => qrToken(deriveEventKey(env.SESSION_SECRET!, eventId), eventId, codeWindowAt(Date.now()));

describe('roster sign-in', () => {
  it('signs in a whole work team at once, recorded as roster by the organizer', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    // One of the 钢筋班 signed in by scanning already.
    await call('POST', `/api/events/${eventId}/checkins`, { token: world.people.masses.token, body: { token: tokenNow(eventId) } });
    const res = await call('POST', `/api/events/${eventId}/checkins/roster`, { token: world.people.committee.token, body: { workTeam: '钢筋班' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ added: 3, alreadyPresent: 1 });
    const recorded = await env.DB.prepare("SELECT count(*) AS n FROM checkins WHERE event_id = ? AND method = 'roster' AND recorded_by = ?")
      .bind(eventId, world.people.committee.id)
      .first<{ n: number }>();
    expect(recorded?.n).toBe(3);
    const again = await call('POST', `/api/events/${eventId}/checkins/roster`, { token: world.people.committee.token, body: { workTeam: '钢筋班' } });
    expect(again.body).toEqual({ added: 0, alreadyPresent: 4 });
  });

  it('signs in chosen people, and refuses people outside the branch or after sign-in closed', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const res = await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.secretary.token,
      body: { userIds: [world.people.member.id, world.workers[1]!.id] },
    });
    expect(res.body).toEqual({ added: 2, alreadyPresent: 0 });
    const outsider = await call('POST', `/api/events/${eventId}/checkins/roster`, { token: world.people.secretary.token, body: { userIds: [world.people.otherSecretary.id] } });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.message).toBe('所选人员不在本活动的应到名单里');
    const now = Date.now();
    const over = await makeEvent(world, { startsAt: now - 7_200_000, endsAt: now - 3_600_000, signinOpensAt: now - 7_200_000, signinClosesAt: now - 3_600_000 });
    const late = await call('POST', `/api/events/${over}/checkins/roster`, { token: world.people.secretary.token, body: { workTeam: '钢筋班' } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('signin_closed');
  });
});

describe('GET /api/events/:id/attendance', () => {
  it('lists who was expected, who came and how, with counts and rate', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, { startsAt: Date.now() - 30 * 60_000, lateAfterMinutes: 10 });
    await call('POST', `/api/events/${eventId}/checkins`, { token: world.people.masses.token, body: { token: tokenNow(eventId) } });
    await call('POST', `/api/events/${eventId}/checkins/roster`, { token: world.people.committee.token, body: { userIds: [world.people.member.id] } });
    const res = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.committee.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ expected: 8, present: 2, absent: 6, late: 2, offline: 0, rate: 0.25 });
    expect(res.body.people[0]).toMatchObject({ status: 'present' });
    expect(res.body.people.find((p: { userId: string }) => p.userId === world.people.member.id)).toMatchObject({ method: 'roster', status: 'present', late: true });
    expect(res.body.people.filter((p: { status: string }) => p.status === 'absent')).toHaveLength(6);
  });

  it('expects only Party members at a members-only event', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, { audience: 'members', kind: 'branch_assembly' });
    const res = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.regionAdmin.token });
    expect(res.body.expected).toBe(4);
    expect(res.body.people.every((p: { role: string }) => p.role !== 'masses')).toBe(true);
  });
});
