/** The branch dashboard: a month's members, events, attendance and who missed twice, by hand-counted figures; and refusals. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld } from '../../../test/fixtures';
import { cst, heldEvent, worldOfLongStanding } from './dashboard-test-helpers';

const checkin = (eventId: string, userId: string, o: { method?: string; late?: boolean; offline?: boolean; status?: string } = {}) =>
  env.DB.prepare(
    `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?4)`,
  )
    .bind(eventId, userId, o.method ?? 'qr', Date.now(), o.late ? 1 : 0, o.offline ? 1 : 0, o.status ?? 'confirmed')
    .run();

describe('the branch dashboard', () => {
  it('gives the hand-counted figures of a month: members, events, attendance and who missed twice', async () => {
    const world = await worldOfLongStanding();
    const [w1, w2, w3] = world.workers.map((w) => w.id);
    const p = world.people;
    // 8 members: masses, member, committee, two secretaries, three workers.
    const training = await heldEvent(world, 'training', cst(2025, 11, 5, 8), 'everyone');
    await checkin(training, p.masses.id);
    await checkin(training, p.member.id, { late: true });
    await checkin(training, p.committee.id, { method: 'roster' });
    await checkin(training, w1!, { offline: true });
    await checkin(training, w2!, { offline: true, status: 'pending' });
    await env.DB.prepare(`INSERT INTO leaves (event_id, user_id, reason, status, requested_at) VALUES (?1, ?2, '回老家', 'approved', ?3)`)
      .bind(training, w3, Date.now())
      .run();
    const lecture = await heldEvent(world, 'party_lecture', cst(2025, 11, 20, 19), 'members');
    await checkin(lecture, p.member.id);
    await checkin(lecture, p.secretary.id, { method: 'makeup' });
    await heldEvent(world, 'theme_day', cst(2025, 11, 25, 9), 'everyone', { status: 'cancelled' });
    await heldEvent(world, 'theme_day', cst(2025, 12, 1, 9), 'everyone');

    const res = await call('GET', `/api/branches/${world.branchId}/dashboard?period=2025-11`, { token: p.secretary.token });
    expect(res.status).toBe(200);
    const d = res.body;
    expect(d.members).toEqual({
      total: 8,
      byRole: { masses: 4, member: 1, committee: 1, secretary: 2 },
      byTeam: [
        { team: '钢筋班', count: 4 },
        { team: null, count: 3 },
        { team: '木工班', count: 1 },
      ],
    });
    expect(d.events).toEqual({
      held: 2,
      byKind: [
        { kind: 'training', count: 1 },
        { kind: 'party_lecture', count: 1 },
      ],
    });
    expect(d.attendance.events).toMatchObject([
      { id: training, expected: 8, present: 4, late: 1, offline: 1, roster: 1, makeup: 0, pending: 1, onLeave: 1, absent: 3, rate: 50 },
      { id: lecture, expected: 4, present: 2, late: 0, offline: 0, roster: 0, makeup: 1, pending: 0, onLeave: 0, absent: 2, rate: 50 },
    ]);
    expect(d.attendance.totals).toEqual({
      expected: 12,
      present: 6,
      late: 1,
      offline: 1,
      roster: 1,
      makeup: 1,
      pending: 1,
      onLeave: 1,
      absent: 5,
      rate: 50,
    });
    // The deputy secretary was expected at both and came to neither; approved leave is not a miss.
    expect(d.frequentAbsentees).toEqual([{ userId: expect.any(String), name: '测试-副书记', workTeam: null, expected: 2, missed: 2 }]);
    // The quarter sums its months; December's event is over only if December is.
    const quarter = await call('GET', `/api/branches/${world.branchId}/dashboard?period=2025-Q4`, { token: p.committee.token });
    expect(quarter.body.events.held).toBe(3);
    expect(quarter.body.attendance.totals).toMatchObject({ expected: 20, present: 6, absent: 13 });
  });

  it('refuses a bad period, and shows nothing to a member', async () => {
    const world = await makeWorld();
    const bad = await call('GET', `/api/branches/${world.branchId}/dashboard?period=2025-13`, { token: world.people.secretary.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.period).toContain('2026-11');
    expect((await call('GET', `/api/branches/${world.branchId}/dashboard`, { token: world.people.member.token })).status).toBe(403);
  });
});
