/**
 * Offline check-in is honest: a queued scan is a claim, accepted only until check-in closes plus the
 * event's grace, recorded as 待确认 until an organizer confirms it, and the geofence centre goes
 * to organizers only. The first test is the attack the security review made.
 */
import { codeWindowAt, deriveEventKey, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld, type World } from '../../../test/fixtures';

const MIN = 60_000;
const tokenAt = (eventId: string, at: number) => qrToken(deriveEventKey(env.CHECKIN_SECRET!, eventId), eventId, codeWindowAt(at));
const checkIn = (eventId: string, token: string, body: object) => call('POST', `/api/events/${eventId}/checkins`, { token, body });
const attendance = async (world: World, eventId: string) =>
  (await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.secretary.token })).body;
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

describe('organizers review offline check-ins', () => {
  async function pendingTwo() {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const scannedAt = Date.now() - 5 * MIN;
    for (const person of [world.people.masses, world.people.member]) {
      await checkIn(eventId, person.token, { token: tokenAt(eventId, scannedAt), offline: true, scannedAt });
    }
    return { world, eventId };
  }
  const review = (world: World, eventId: string, body: object, token = world.people.committee.token) =>
    call('POST', `/api/events/${eventId}/checkins/review`, { token, body });

  it('confirms one person; it then counts, with who confirmed it and when', async () => {
    const { world, eventId } = await pendingTwo();
    const res = await review(world, eventId, { userIds: [world.people.masses.id], decision: 'confirm' });
    expect(res.body).toEqual({ changed: 1 });
    expect(await attendance(world, eventId)).toMatchObject({ present: 1, pendingCheckins: 1 });
    const row = await env.DB.prepare('SELECT reviewed_by AS by, reviewed_at AS at FROM checkins WHERE event_id = ?1 AND user_id = ?2')
      .bind(eventId, world.people.masses.id)
      .first<{ by: string; at: number }>();
    expect(row!.by).toBe(world.people.committee.id);
    expect((await call('GET', `/api/events/${eventId}`, { token: world.people.secretary.token })).body.checkinCount).toBe(1);
  });

  it('refuses with a reason, which the person then sees; all pending at once confirms the rest', async () => {
    const { world, eventId } = await pendingTwo();
    const noReason = await review(world, eventId, { userIds: [world.people.member.id], decision: 'refuse' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields.note).toBe('不通过时请写明原因');
    expect((await review(world, eventId, { userIds: [world.people.member.id], decision: 'refuse', note: '当天未到场' })).body.changed).toBe(
      1,
    );
    expect((await review(world, eventId, { allPending: true, decision: 'confirm' })).body.changed).toBe(1);
    const sheet = await attendance(world, eventId);
    expect(sheet).toMatchObject({ present: 1, pendingCheckins: 0, refusedCheckins: 1, absent: sheet.expected - 1 });
    expect(sheet.people.find((p: { userId: string }) => p.userId === world.people.member.id)).toMatchObject({
      status: 'absent',
      checkinStatus: 'refused',
      reviewNote: '当天未到场',
    });
    const mine = await call('GET', `/api/events/${eventId}`, { token: world.people.member.token });
    expect(mine.body.mine.checkin.status).toBe('refused');
  });

  it('leaves online check-ins alone, and another event’s people are out of reach', async () => {
    const { world, eventId } = await pendingTwo();
    await checkIn(eventId, world.people.committee.token, { token: tokenAt(eventId, Date.now()) });
    const other = await makeEvent(world);
    const scannedAt = Date.now() - MIN;
    await checkIn(other, world.people.secretary.token, { token: tokenAt(other, scannedAt), offline: true, scannedAt });
    const res = await review(world, eventId, {
      userIds: [world.people.committee.id, world.people.secretary.id],
      decision: 'refuse',
      note: '测试',
    });
    expect(res.body.changed).toBe(0);
    expect((await attendance(world, other)).pendingCheckins).toBe(1);
  });

  it('an organizer checking the person in replaces a refused claim with their record', async () => {
    const { world, eventId } = await pendingTwo();
    await review(world, eventId, { userIds: [world.people.member.id], decision: 'refuse', note: '照片核对不上' });
    const roster = await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.committee.token,
      body: { userIds: [world.people.member.id] },
    });
    expect(roster.body.added).toBe(1);
    const person = (await attendance(world, eventId)).people.find((p: { userId: string }) => p.userId === world.people.member.id);
    expect(person).toMatchObject({ status: 'present', method: 'roster', offline: false, checkinStatus: 'confirmed' });
  });

  it('a member’s own history counts a pending check-in apart from a confirmed one', async () => {
    const world = await makeWorld();
    const scannedAt = Date.now() - 50 * MIN;
    const eventId = await makeEvent(world, {
      startsAt: scannedAt,
      checkinOpensAt: scannedAt - MIN,
      checkinClosesAt: scannedAt + 10 * MIN,
      endsAt: scannedAt + 10 * MIN,
    });
    await checkIn(eventId, world.people.member.token, { token: tokenAt(eventId, scannedAt), offline: true, scannedAt });
    const history = await call('GET', `/api/branches/${world.branchId}/attendance/me`, { token: world.people.member.token });
    expect(history.body).toMatchObject({ present: 0, pending: 1 });
    expect(history.body.events[0]).toMatchObject({ status: 'pending', checkinStatus: 'pending' });
  });
});
