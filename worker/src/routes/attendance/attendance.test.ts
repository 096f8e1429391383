/** An event's attendance sheet: who was expected, who came and how, and leave requests next to the person. */
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../../test/fixtures';
import { tokenNow } from './current-qr-token';

describe('GET /api/events/:id/attendance', () => {
  it('lists who was expected, who came and how, with counts and rate', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, { startsAt: Date.now() - 30 * 60_000, lateAfterMinutes: 10 });
    await call('POST', `/api/events/${eventId}/checkins`, { token: world.people.masses.token, body: { token: tokenNow(eventId) } });
    await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.committee.token,
      body: { userIds: [world.people.member.id] },
    });
    const res = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.committee.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ expected: 8, present: 2, absent: 6, late: 2, offline: 0, rate: 0.25 });
    expect(res.body.people[0]).toMatchObject({ status: 'present' });
    expect(res.body.people.find((p: { userId: string }) => p.userId === world.people.member.id)).toMatchObject({
      method: 'roster',
      status: 'present',
      late: true,
    });
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

describe('attendance and leave requests', () => {
  it('shows pending and refused leave requests next to the person, counting only approved ones as leave', async () => {
    const world = await makeWorld();
    const now = Date.now();
    const eventId = await makeEvent(world, {
      startsAt: now + 7_200_000,
      endsAt: now + 10_800_000,
      checkinOpensAt: now - 3_600_000,
      checkinClosesAt: now + 10_800_000,
    });
    await call('POST', `/api/events/${eventId}/leaves`, { token: world.people.member.token, body: { reason: '去医院复查' } });
    await call('POST', `/api/events/${eventId}/leaves`, { token: world.people.masses.token, body: { reason: '回老家' } });
    await call('POST', `/api/events/${eventId}/leaves`, {
      token: world.people.committee.token,
      body: { userId: world.people.masses.id, decision: 'refuse', note: '工期紧' },
    });
    const res = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.secretary.token });
    expect(res.body).toMatchObject({ expected: 8, onLeave: 0, pendingLeaves: 1, absent: 8 });
    const byId = (id: string) => res.body.people.find((p: { userId: string }) => p.userId === id);
    expect(byId(world.people.member.id)).toMatchObject({
      status: 'absent',
      leave: { status: 'pending', reason: '去医院复查', note: null },
    });
    expect(byId(world.people.masses.id)).toMatchObject({
      status: 'absent',
      leave: { status: 'refused', reason: '回老家', note: '工期紧' },
    });
    expect(byId(world.people.secretary.id).leave).toBeNull();
  });

  it('does not expect people who joined after check-in closed, unless a make-up says they came', async () => {
    const world = await makeWorld();
    const longAgo = Date.now() - 60 * 24 * 3_600_000;
    const eventId = await makeEvent(world, {
      startsAt: longAgo,
      endsAt: longAgo + 3_600_000,
      checkinOpensAt: longAgo - 1_800_000,
      checkinClosesAt: longAgo + 3_600_000,
    });
    const res = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.secretary.token });
    expect(res.body).toMatchObject({ expected: 0, rate: 0, people: [] });
    // Came to the meeting, registered in the app a month later.
    await call('POST', `/api/events/${eventId}/checkins/makeup`, {
      token: world.people.secretary.token,
      body: { userId: world.workers[0]!.id, reason: '到场签了纸质签到表' },
    });
    const after = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.secretary.token });
    expect(after.body).toMatchObject({ expected: 1, present: 1, rate: 1 });
    const history = await call('GET', `/api/branches/${world.branchId}/attendance/me`, { token: world.workers[0]!.token });
    expect(history.body).toMatchObject({ expected: 1, present: 1 });
  });
});
