import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../../test/fixtures';

const HOUR = 3_600_000;

describe('leave (请假)', () => {
  it('is asked before the event, decided by an organizer, and shown in attendance', async () => {
    const world = await makeWorld();
    const now = Date.now();
    const eventId = await makeEvent(world, {
      startsAt: now + 2 * HOUR,
      endsAt: now + 3 * HOUR,
      checkinOpensAt: now - HOUR,
      checkinClosesAt: now + 3 * HOUR,
    });
    const asked = await call('POST', `/api/events/${eventId}/leaves`, { token: world.people.member.token, body: { reason: '家里有事' } });
    expect(asked.status).toBe(200);
    expect(asked.body).toMatchObject({ status: 'pending', reason: '家里有事', decidedBy: null });

    const notAllowed = await call('POST', `/api/events/${eventId}/leaves`, {
      token: world.people.masses.token,
      body: { userId: world.people.member.id, decision: 'approve' },
    });
    expect(notAllowed.status).toBe(403);
    const approved = await call('POST', `/api/events/${eventId}/leaves`, {
      token: world.people.committee.token,
      body: { userId: world.people.member.id, decision: 'approve', note: '同意' },
    });
    expect(approved.body).toMatchObject({ status: 'approved', decidedBy: world.people.committee.id, note: '同意' });

    const attendance = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.secretary.token });
    expect(attendance.body).toMatchObject({ expected: 8, present: 0, onLeave: 1, absent: 7 });
    expect(attendance.body.people.find((p: { userId: string }) => p.userId === world.people.member.id)).toMatchObject({
      status: 'leave',
      note: '家里有事',
    });
  });

  it('is counted as 待批 on the event list for organizers, and for no one else', async () => {
    const world = await makeWorld();
    const now = Date.now();
    const eventId = await makeEvent(world, {
      startsAt: now + 2 * HOUR,
      endsAt: now + 3 * HOUR,
      checkinOpensAt: now - HOUR,
      checkinClosesAt: now + 3 * HOUR,
    });
    for (const person of [world.people.member, world.people.masses]) {
      await call('POST', `/api/events/${eventId}/leaves`, { token: person.token, body: { reason: '家里有事' } });
    }
    const pendingFor = async (token: string) =>
      (await call('GET', `/api/branches/${world.branchId}/events`, { token })).body.events.find((e: { id: string }) => e.id === eventId)
        .pendingLeaves;
    expect(await pendingFor(world.people.committee.token)).toBe(2);
    expect(await pendingFor(world.people.member.token)).toBeNull();
    await call('POST', `/api/events/${eventId}/leaves`, {
      token: world.people.secretary.token,
      body: { userId: world.people.member.id, decision: 'approve' },
    });
    expect(await pendingFor(world.people.secretary.token)).toBe(1);
    expect((await call('GET', `/api/events/${eventId}`, { token: world.people.regionAdmin.token })).body.pendingLeaves).toBe(1);
  });

  it('names the wrong field of a decision, with the values it may take', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const wrong = await call('POST', `/api/events/${eventId}/leaves`, {
      token: world.people.secretary.token,
      body: { userId: world.people.member.id, decision: 'yes' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toEqual({ decision: '审批结果只能是批准（approve）或不批准（refuse）' });
    const noOne = await call('POST', `/api/events/${eventId}/leaves`, {
      token: world.people.secretary.token,
      body: { decision: 'approve' },
    });
    expect(noOne.body.error.fields).toEqual({ userId: '请选择要审批的人（userId）' });
    const empty = await call('POST', `/api/events/${eventId}/leaves`, { token: world.people.member.token, body: {} });
    expect(empty.body.error.fields).toEqual({ reason: '请填写请假原因' });
  });

  it('cannot be asked once the event has started, or with no reason', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const late = await call('POST', `/api/events/${eventId}/leaves`, { token: world.people.member.token, body: { reason: '临时有事' } });
    expect(late.status).toBe(409);
    expect(late.body.error.message).toBe('活动已开始，不能再请假，请联系组织者');
    const blank = await call('POST', `/api/events/${eventId}/leaves`, { token: world.people.member.token, body: { reason: ' ' } });
    expect(blank.status).toBe(400);
  });
});

describe('make-up check-in (补签)', () => {
  it('is recorded by an organizer with the reason, once', async () => {
    const world = await makeWorld();
    const now = Date.now();
    const eventId = await makeEvent(world, {
      startsAt: now - 3 * HOUR,
      endsAt: now - 2 * HOUR,
      checkinOpensAt: now - 4 * HOUR,
      checkinClosesAt: now - 2 * HOUR,
    });
    const res = await call('POST', `/api/events/${eventId}/checkins/makeup`, {
      token: world.people.secretary.token,
      body: { userId: world.workers[0]!.id, reason: '手机没电，现场已到' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ method: 'makeup', checkedInAt: now - 3 * HOUR, late: false });
    const row = await env.DB.prepare('SELECT recorded_by AS by, note FROM checkins WHERE event_id = ? AND user_id = ?')
      .bind(eventId, world.workers[0]!.id)
      .first();
    expect(row).toEqual({ by: world.people.secretary.id, note: '手机没电，现场已到' });
    const again = await call('POST', `/api/events/${eventId}/checkins/makeup`, {
      token: world.people.secretary.token,
      body: { userId: world.workers[0]!.id, reason: '再补一次' },
    });
    expect(again.status).toBe(409);
    const attendance = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.committee.token });
    expect(attendance.body.people.find((p: { userId: string }) => p.userId === world.workers[0]!.id)).toMatchObject({
      status: 'present',
      method: 'makeup',
      note: '手机没电，现场已到',
    });
    const outsider = await call('POST', `/api/events/${eventId}/checkins/makeup`, {
      token: world.people.secretary.token,
      body: { userId: world.people.otherSecretary.id, reason: '补签' },
    });
    expect(outsider.status).toBe(404);
  });
});
