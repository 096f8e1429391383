import { codeWindowAt, deriveEventKey, digitsCode, METRES_PER_DEGREE, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makePerson, makeWorld } from '../../../test/fixtures';

const key = (eventId: string) => deriveEventKey(env.CHECKIN_SECRET!, eventId);
const tokenAt = (eventId: string, at: number) => qrToken(key(eventId), eventId, codeWindowAt(at));
const checkIn = (eventId: string, token: string, body: object) => call('POST', `/api/events/${eventId}/checkins`, { token, body });
const rows = async (eventId: string) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM checkins WHERE event_id = ?').bind(eventId).first<{ n: number }>())!.n;

describe('check-in with the rotating QR code', () => {
  it('records one check-in, and a repeat answers with the same record', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const first = await checkIn(eventId, world.people.masses.token, { token: tokenAt(eventId, Date.now()) });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ alreadyCheckedIn: false, checkin: { method: 'qr', late: false, offline: false } });
    const again = await checkIn(eventId, world.people.masses.token, { token: tokenAt(eventId, Date.now()) });
    expect(again.body).toMatchObject({ alreadyCheckedIn: true, checkin: { checkedInAt: first.body.checkin.checkedInAt } });
    expect(await rows(eventId)).toBe(1);
    const event = await call('GET', `/api/events/${eventId}`, { token: world.people.secretary.token });
    expect(event.body.checkinCount).toBe(1);
  });

  it('makes one row from 50 parallel repeats', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => checkIn(eventId, world.people.member.token, { token: tokenAt(eventId, Date.now()) })),
    );
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(results.filter((r) => !r.body.alreadyCheckedIn)).toHaveLength(1);
    expect(await rows(eventId)).toBe(1);
  });

  it('signs in 200 people at once, one row each', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const people = await Promise.all(Array.from({ length: 200 }, (_, i) => makePerson(`工人${i}`)));
    await env.DB.batch(
      people.map((p) =>
        env.DB.prepare("INSERT INTO memberships (branch_id, user_id, role, joined_at) VALUES (?, ?, 'masses', ?)").bind(
          world.branchId,
          p.id,
          Date.now(),
        ),
      ),
    );
    const token = tokenAt(eventId, Date.now());
    const results = await Promise.all(people.map((p) => checkIn(eventId, p.token, { token })));
    expect(results.filter((r) => r.status === 200 && !r.body.alreadyCheckedIn)).toHaveLength(200);
    expect(await rows(eventId)).toBe(200);
    expect((await call('GET', `/api/events/${eventId}`, { token: world.people.secretary.token })).body.checkinCount).toBe(200);
  });

  it('refuses a code relayed after 30 s, a forged code and another event’s code', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const otherEvent = await makeEvent(world);
    const window = codeWindowAt(Date.now());
    const stale = qrToken(key(eventId), eventId, window - 4); // shown 31–40 s ago
    const expired = await checkIn(eventId, world.people.masses.token, { token: stale });
    expect(expired.status).toBe(400);
    expect(expired.body.error.message).toBe('二维码已过期，请重新扫码');
    const edge = qrToken(key(eventId), eventId, window - 2); // shown 11–20 s ago: still fine
    expect((await checkIn(eventId, world.people.masses.token, { token: edge })).status).toBe(200);
    const forged = await checkIn(eventId, world.people.member.token, { token: `${window}.AAAAAAAAAAAAAAAA` });
    expect(forged.body.error.code).toBe('code_invalid');
    const foreign = await checkIn(eventId, world.people.member.token, { token: tokenAt(otherEvent, Date.now()) });
    expect(foreign.body.error.code).toBe('code_invalid');
  });

  it('says why a check-in is refused: window, audience, membership, status', async () => {
    const world = await makeWorld();
    const now = Date.now();
    const closed = await makeEvent(world, {
      checkinOpensAt: now - 3_600_000,
      checkinClosesAt: now - 60_000,
      endsAt: now - 60_000,
      startsAt: now - 3_600_000,
    });
    expect((await checkIn(closed, world.people.masses.token, { token: tokenAt(closed, now) })).body.error.message).toBe('签到已结束');
    const later = await makeEvent(world, {
      checkinOpensAt: now + 3_600_000,
      startsAt: now + 4_000_000,
      endsAt: now + 8_000_000,
      checkinClosesAt: now + 8_000_000,
    });
    expect((await checkIn(later, world.people.masses.token, { token: tokenAt(later, now) })).body.error.code).toBe('checkin_not_started');
    const members = await makeEvent(world, { audience: 'members' });
    const refused = await checkIn(members, world.people.masses.token, { token: tokenAt(members, now) });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe('本活动仅限党员');
    expect((await checkIn(members, world.people.member.token, { token: tokenAt(members, now) })).status).toBe(200);
    const open = await makeEvent(world);
    expect((await checkIn(open, world.people.otherSecretary.token, { token: tokenAt(open, now) })).status).toBe(403);
    await env.DB.prepare("UPDATE events SET status = 'cancelled' WHERE id = ?").bind(open).run();
    expect((await checkIn(open, world.people.masses.token, { token: tokenAt(open, now) })).body.error.code).toBe('event_not_open');
  });

  it('marks a late arrival', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, { startsAt: Date.now() - 20 * 60_000, lateAfterMinutes: 15 });
    const res = await checkIn(eventId, world.people.masses.token, { token: tokenAt(eventId, Date.now()) });
    expect(res.body.checkin.late).toBe(true);
  });
});

describe('geofence', () => {
  // Site at (30.5, 114.3); 0.0027° of latitude ≈ 300 m.
  const site = { lat: 30.5, lng: 114.3 };
  it('accepts inside the radius and refuses outside with the distance', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, { geoLat: site.lat, geoLng: site.lng, geoRadiusM: 300 });
    const token = tokenAt(eventId, Date.now());
    const inside = await checkIn(eventId, world.people.masses.token, { token, location: { lat: site.lat + 0.0026, lng: site.lng } }); // ≈ 289 m
    expect(inside.status).toBe(200);
    const outside = await checkIn(eventId, world.people.member.token, { token, location: { lat: site.lat + 0.0028, lng: site.lng } }); // ≈ 311.7 m
    expect(outside.status).toBe(403);
    expect(outside.body.error.message).toBe('不在活动地点范围内（约 312 米，需在 300 米内）');
    const far = await checkIn(eventId, world.people.member.token, { token, location: { lat: site.lat, lng: site.lng + 0.0044 } }); // ≈ 422 m east
    expect(far.body.error.message).toMatch(/约 42\d 米/);
    const none = await checkIn(eventId, world.people.member.token, { token });
    expect(none.body.error.code).toBe('location_required');
  });
  it('agrees with its refusal at the fence’s edge: half a metre outside is refused as outside, half inside is taken', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, { geoLat: site.lat, geoLng: site.lng, geoRadiusM: 300 });
    const token = tokenAt(eventId, Date.now());
    const northBy = (metres: number) => ({ lat: site.lat + metres / METRES_PER_DEGREE, lng: site.lng });
    const outside = await checkIn(eventId, world.people.member.token, { token, location: northBy(300.5) });
    expect(outside.body.error?.code).toBe('out_of_range');
    // Not "约 300 米，需在 300 米内": the great circle makes this 299.9 m, the fence's rule 300.5.
    expect(outside.body.error.message).toBe('不在活动地点范围内（约 301 米，需在 300 米内）');
    expect((await checkIn(eventId, world.people.masses.token, { token, location: northBy(299.5) })).status).toBe(200);
  });
});

describe('6-digit codes', () => {
  it('check in with the digits, and rate limit wrong guesses', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const digits = digitsCode(key(eventId), eventId, codeWindowAt(Date.now()));
    expect((await checkIn(eventId, world.people.member.token, { digits })).body.checkin.method).toBe('digits');

    const wrong = digits === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      expect((await checkIn(eventId, world.people.masses.token, { digits: wrong })).body.error.code).toBe('code_invalid');
    }
    const blocked = await checkIn(eventId, world.people.masses.token, { digits });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('too_many_attempts');
    // The QR code still works for that person.
    expect((await checkIn(eventId, world.people.masses.token, { token: tokenAt(eventId, Date.now()) })).status).toBe(200);
  });
});
