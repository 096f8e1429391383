/**
 * Offline check-in is honest: a queued scan is a claim, accepted only until check-in closes plus the
 * event's grace, recorded as 待确认 until an organizer confirms it, and the geofence centre goes
 * to organizers only. The first test is the attack the security review made.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../../test/fixtures';
import { attendance, checkIn, MIN, tokenAt } from './offline-checkin-test-helpers';

const FENCE = { geoLat: 30.2741, geoLng: 120.1551, geoRadiusM: 200 };

describe('the offline replay attack', () => {
  it('a QR code photographed 20 minutes ago and sent as “offline” is only a pending claim, never an on-time check-in', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, FENCE);
    // The member sees no fence centre to claim.
    const seen = await call('GET', `/api/events/${eventId}`, { token: world.people.member.token });
    expect(seen.body).toMatchObject({ geofenced: true, geofence: null });
    const listed = await call('GET', `/api/branches/${world.branchId}/events`, { token: world.people.masses.token });
    expect(listed.body.events.find((e: { id: string }) => e.id === eventId)).toMatchObject({ geofenced: true, geofence: null });
    // The attacker had it from somewhere else (an organizer's screen): still only a claim.
    const shownAt = Date.now() - 20 * MIN;
    const res = await checkIn(eventId, world.people.member.token, {
      token: tokenAt(eventId, shownAt),
      offline: true,
      scannedAt: shownAt + 5_000,
      location: { lat: FENCE.geoLat, lng: FENCE.geoLng },
    });
    expect(res.status).toBe(200);
    expect(res.body.checkin).toMatchObject({ offline: true, status: 'pending' });
    const sheet = await attendance(world, eventId);
    expect(sheet).toMatchObject({ present: 0, pendingCheckins: 1 });
    expect(sheet.people.find((p: { userId: string }) => p.userId === world.people.member.id)).toMatchObject({
      status: 'pending',
      checkinStatus: 'pending',
    });
    expect((await call('GET', `/api/events/${eventId}`, { token: world.people.secretary.token })).body.checkinCount).toBe(0);
    // The person sees that it waits for an organizer.
    const mine = await call('GET', `/api/events/${eventId}`, { token: world.people.member.token });
    expect(mine.body.mine.checkin).toMatchObject({ status: 'pending' });
  });

  it('the scan time must be when that code was on the screen', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const shownAt = Date.now() - 20 * MIN;
    const res = await checkIn(eventId, world.people.member.token, {
      token: tokenAt(eventId, shownAt),
      offline: true,
      scannedAt: Date.now() - MIN,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('code_expired');
    const noTime = await checkIn(eventId, world.people.member.token, { token: tokenAt(eventId, shownAt), offline: true });
    expect(noTime.status).toBe(400);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM checkins WHERE event_id = ?1').bind(eventId).first('n')).toBe(0);
  });

  it('organizers and the region admin see the fence itself', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, FENCE);
    for (const who of [world.people.committee, world.people.secretary, world.people.regionAdmin]) {
      const res = await call('GET', `/api/events/${eventId}`, { token: who.token });
      expect(res.body.geofence).toEqual({ lat: FENCE.geoLat, lng: FENCE.geoLng, radiusM: FENCE.geoRadiusM });
    }
  });

  it('a refusal still tells a person how far away they are', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, FENCE);
    const res = await checkIn(eventId, world.people.member.token, {
      token: tokenAt(eventId, Date.now()),
      location: { lat: FENCE.geoLat + 0.005, lng: FENCE.geoLng },
    });
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/约 5\d\d 米，需在 200 米内/);
  });
});

describe('the offline grace', () => {
  it('accepts a queued scan until check-in closes plus the grace, and refuses it after', async () => {
    const world = await makeWorld();
    const scannedAt = Date.now() - 3 * 60 * MIN;
    const times = {
      startsAt: scannedAt,
      checkinOpensAt: scannedAt - 10 * MIN,
      endsAt: scannedAt + 30 * MIN,
      checkinClosesAt: scannedAt + 30 * MIN,
    };
    const within = await makeEvent(world, { ...times, offlineGraceMinutes: 180 });
    const past = await makeEvent(world, { ...times, offlineGraceMinutes: 120 });
    const body = (eventId: string) => ({ token: tokenAt(eventId, scannedAt), offline: true, scannedAt });
    const ok = await checkIn(within, world.people.masses.token, body(within));
    expect(ok.status).toBe(200);
    expect(ok.body.checkin).toMatchObject({ status: 'pending', offline: true, late: false });
    const late = await checkIn(past, world.people.masses.token, body(past));
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe('离线签到须在签到结束后 2 小时内上传，已超过，请联系组织者补签');
    // Sent again: still one record.
    expect((await checkIn(within, world.people.masses.token, body(within))).body.alreadyCheckedIn).toBe(true);
  });

  it('is set by the organizer: default 2 hours, at most 24', async () => {
    const world = await makeWorld();
    const now = Date.now();
    const base = { kind: 'training', title: '班前会', placeName: '工地', startsAt: now + 60 * MIN, endsAt: now + 120 * MIN };
    const made = await call('POST', `/api/branches/${world.branchId}/events`, { token: world.people.committee.token, body: base });
    expect(made.body).toMatchObject({ offlineGraceMinutes: 120, offlineAutoAccept: false });
    const tooLong = await call('POST', `/api/branches/${world.branchId}/events`, {
      token: world.people.committee.token,
      body: { ...base, offlineGraceMinutes: 24 * 60 + 1 },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.fields.offlineGraceMinutes).toBe('离线签到宽限最多 24 小时');
    const changed = await call('PATCH', `/api/events/${made.body.id}`, {
      token: world.people.committee.token,
      body: { offlineGraceMinutes: 30, offlineAutoAccept: true },
    });
    expect(changed.body).toMatchObject({ offlineGraceMinutes: 30, offlineAutoAccept: true });
  });

  it('an event that accepts offline check-ins automatically counts them at once', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, { offlineAutoAccept: true });
    const scannedAt = Date.now() - 5 * MIN;
    const res = await checkIn(eventId, world.people.masses.token, { token: tokenAt(eventId, scannedAt), offline: true, scannedAt });
    expect(res.body.checkin).toMatchObject({ status: 'confirmed', offline: true });
    expect(await attendance(world, eventId)).toMatchObject({ present: 1, offline: 1, pendingCheckins: 0 });
  });
});
