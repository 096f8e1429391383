/** A member's own attendance history in a branch, with 出勤率. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../../test/fixtures';

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
