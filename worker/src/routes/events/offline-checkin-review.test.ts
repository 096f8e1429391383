/** Organizers reviewing offline check-ins: confirmed or refused with a reason, and what each then counts as. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld, type World } from '../../../test/fixtures';
import { attendance, checkIn, MIN, tokenAt } from './offline-checkin-test-helpers';

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
