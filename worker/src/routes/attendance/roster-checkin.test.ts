/** Roster check-in: an organizer signing in a work team or chosen people of an event. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../../test/fixtures';
import { tokenNow } from './current-qr-token';

describe('roster check-in', () => {
  it('signs in a whole work team at once, recorded as roster by the organizer', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    // One of the 钢筋班 checked in by scanning already.
    await call('POST', `/api/events/${eventId}/checkins`, { token: world.people.masses.token, body: { token: tokenNow(eventId) } });
    const res = await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.committee.token,
      body: { workTeam: '钢筋班' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ added: 3, alreadyPresent: 1 });
    const recorded = await env.DB.prepare("SELECT count(*) AS n FROM checkins WHERE event_id = ? AND method = 'roster' AND recorded_by = ?")
      .bind(eventId, world.people.committee.id)
      .first<{ n: number }>();
    expect(recorded?.n).toBe(3);
    const again = await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.committee.token,
      body: { workTeam: '钢筋班' },
    });
    expect(again.body).toEqual({ added: 0, alreadyPresent: 4 });
  });

  it('signs in chosen people, and refuses people outside the branch or after check-in closed', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const res = await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.secretary.token,
      body: { userIds: [world.people.member.id, world.workers[1]!.id] },
    });
    expect(res.body).toEqual({ added: 2, alreadyPresent: 0 });
    const outsider = await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.secretary.token,
      body: { userIds: [world.people.otherSecretary.id] },
    });
    expect(outsider.status).toBe(400);
    expect(outsider.body.error.message).toBe('所选人员不在本活动的应到名单里');
    const now = Date.now();
    const over = await makeEvent(world, {
      startsAt: now - 7_200_000,
      endsAt: now - 3_600_000,
      checkinOpensAt: now - 7_200_000,
      checkinClosesAt: now - 3_600_000,
    });
    const late = await call('POST', `/api/events/${over}/checkins/roster`, {
      token: world.people.secretary.token,
      body: { workTeam: '钢筋班' },
    });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('checkin_closed');
  });
});
