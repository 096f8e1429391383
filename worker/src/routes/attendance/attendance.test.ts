import { codeWindowAt, deriveEventKey, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../../test/fixtures';

const tokenNow = (eventId: string) => qrToken(deriveEventKey(env.CHECKIN_SECRET!, eventId), eventId, codeWindowAt(Date.now()));

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

describe('GET /api/branches/:id/attendance/me', () => {
  it("gives a member their own history of closed events with 出勤率, not other people's", async () => {
    const world = await makeWorld();
    const now = Date.now();
    const DAY = 24 * 3_600_000;
    const past = (daysAgo: number, extra = {}) =>
      makeEvent(world, {
        startsAt: now - daysAgo * DAY,
        endsAt: now - daysAgo * DAY + 3_600_000,
        checkinOpensAt: now - daysAgo * DAY - 1_800_000,
        checkinClosesAt: now - daysAgo * DAY + 3_600_000,
        ...extra,
      });
    const attended = await past(3, { title: '三月党课' });
    const missed = await past(2, { title: '安全论坛' });
    const excused = await past(1, { title: '主题党日' });
    await past(4, { status: 'cancelled' });
    await past(5, { audience: 'members', kind: 'branch_assembly' }); // not for masses
    await makeEvent(world); // check-in still open: not counted yet
    const member = world.workers[0]!;
    await env.DB.batch([
      env.DB.prepare(
        "INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, created_at) VALUES (?, ?, 'qr', ?, 1, 0, ?)",
      ).bind(attended, member.id, now - 3 * DAY + 900_000, now),
      env.DB.prepare("INSERT INTO leaves (event_id, user_id, reason, status, requested_at) VALUES (?, ?, '家里有事', 'approved', ?)").bind(
        excused,
        member.id,
        now - 2 * DAY,
      ),
      env.DB.prepare(
        "INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, created_at) VALUES (?, ?, 'qr', ?, 0, 0, ?)",
      ).bind(missed, world.workers[1]!.id, now - 2 * DAY, now),
    ]);
    const res = await call('GET', `/api/branches/${world.branchId}/attendance/me`, { token: member.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ branchId: world.branchId, expected: 3, present: 1, late: 1, onLeave: 1, absent: 1 });
    expect(res.body.rate).toBeCloseTo(1 / 3);
    expect(res.body.events.map((e: { title: string; status: string }) => [e.title, e.status])).toEqual([
      ['主题党日', 'leave'],
      ['安全论坛', 'absent'],
      ['三月党课', 'present'],
    ]);
    expect(res.body.events[2]).toMatchObject({ eventId: attended, method: 'qr', late: true });

    const newcomer = await call('GET', `/api/branches/${world.branchId}/attendance/me`, { token: world.people.member.token });
    expect(newcomer.body).toMatchObject({ expected: 4, present: 0 });
  });
});

describe('undoing a check-in an organizer made', () => {
  it('removes a roster check-in while check-in is open, keeping a record with the reason; the count follows', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const worker = world.workers[0]!;
    await call('POST', `/api/events/${eventId}/checkins/roster`, { token: world.people.committee.token, body: { userIds: [worker.id] } });
    const undo = await call('POST', `/api/events/${eventId}/checkins/undo`, {
      token: world.people.committee.token,
      body: { userId: worker.id, reason: '点错了人' },
    });
    expect(undo.status).toBe(200);
    expect(undo.body).toMatchObject({ userId: worker.id, method: 'roster' });
    const sheet = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.secretary.token });
    expect(sheet.body.people.find((p: { userId: string }) => p.userId === worker.id).status).toBe('absent');
    expect((await call('GET', `/api/events/${eventId}`, { token: world.people.secretary.token })).body.checkinCount).toBe(0);
    const record = await env.DB.prepare(
      'SELECT method, reason, undone_by AS undoneBy, recorded_by AS recordedBy FROM checkin_undos WHERE event_id = ?1',
    )
      .bind(eventId)
      .first();
    expect(record).toEqual({
      method: 'roster',
      reason: '点错了人',
      undoneBy: world.people.committee.id,
      recordedBy: world.people.committee.id,
    });
    // Signed in again afterwards: fine.
    expect(
      (
        await call('POST', `/api/events/${eventId}/checkins/roster`, {
          token: world.people.committee.token,
          body: { userIds: [worker.id] },
        })
      ).body.added,
    ).toBe(1);
  });

  it('refuses to undo a person’s own scan, a roster check-in after check-in closed, and without a reason; a make-up can be undone later', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const undo = (userId: string, reason = '误操作') =>
      call('POST', `/api/events/${eventId}/checkins/undo`, { token: world.people.secretary.token, body: { userId, reason } });
    await call('POST', `/api/events/${eventId}/checkins`, { token: world.people.member.token, body: { token: tokenNow(eventId) } });
    const own = await undo(world.people.member.id);
    expect([own.status, own.body.error.message]).toEqual([409, '本人扫码或输入数字码的签到不能撤销；离线签到请用“不通过”']);
    expect(
      (
        await call('POST', `/api/events/${eventId}/checkins/undo`, {
          token: world.people.secretary.token,
          body: { userId: world.people.member.id, reason: '' },
        })
      ).status,
    ).toBe(400);
    await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.committee.token,
      body: { userIds: [world.workers[0]!.id] },
    });
    await env.DB.prepare('UPDATE events SET checkin_closes_at = ?2, ends_at = ?2 WHERE id = ?1')
      .bind(eventId, Date.now() - 1000)
      .run();
    expect((await undo(world.workers[0]!.id)).status).toBe(409);
    await call('POST', `/api/events/${eventId}/checkins/makeup`, {
      token: world.people.secretary.token,
      body: { userId: world.workers[1]!.id, reason: '在现场但手机没电' },
    });
    expect((await undo(world.workers[1]!.id, '核实后并未到场')).status).toBe(200);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM checkins WHERE event_id = ?1').bind(eventId).first('n')).toBe(2);
  });
});
