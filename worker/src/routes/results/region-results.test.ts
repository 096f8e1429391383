/**
 * The region dashboard and the ranking against hand-counted figures of four branches (see
 * `region-results-test-helpers.ts`): attendance and 三会一课, the list of branches, and refusals.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../../test/fixtures';
import { admin, checkin, cst, HOUR, heldEvent, regionOfFour } from './region-results-test-helpers';

describe('the region dashboard and ranking', () => {
  it('sums and averages attendance and 三会一课 over the branches, and ranks by rate with ties and the inactive branch last', async () => {
    const { world, b, c, d } = await regionOfFour();
    const p = world.people;
    // A: training for everyone 4 of 8 (one on leave), committee meeting 2 of 4 members — 6 of 12, 50 %.
    const training = await heldEvent(world.branchId, world, 'training', cst(2025, 11, 5, 8), 'everyone');
    for (const who of [p.masses, p.member, p.committee, world.workers[0]!]) await checkin(training, who.id);
    await env.DB.prepare(`INSERT INTO leaves (event_id, user_id, reason, status, requested_at) VALUES (?1, ?2, '回老家', 'approved', 0)`)
      .bind(training, world.workers[2]!.id)
      .run();
    const committee = await heldEvent(world.branchId, world, 'committee_meeting', cst(2025, 11, 10, 19), 'members');
    for (const who of [p.member, p.secretary]) await checkin(committee, who.id);
    // B: theme day 2 of 2 and group meeting 1 of 1 (its one Party member) — 100 %.
    const theme = await heldEvent(b.id, world, 'theme_day', cst(2025, 11, 30, 20), 'everyone');
    for (const who of b.people) await checkin(theme, who.id);
    const group = await heldEvent(b.id, world, 'group_meeting', cst(2025, 11, 12, 19), 'members');
    await checkin(group, b.people[0]!.id);
    // D: a theme day, 1 of 2 — 50 %, tied with A. C: nothing at all.
    const dTheme = await heldEvent(d.id, world, 'theme_day', cst(2025, 11, 8, 9), 'everyone');
    await checkin(dTheme, d.people[0]!.id);
    // Not counted: December's meeting is outside the month; a cancelled one never counts.
    await heldEvent(b.id, world, 'committee_meeting', cst(2025, 12, 1, 9), 'members');
    await makeEvent(world, {
      branchId: d.id,
      kind: 'group_meeting',
      status: 'cancelled',
      startsAt: cst(2025, 11, 9, 9),
      endsAt: cst(2025, 11, 9, 10),
      checkinOpensAt: 0,
      checkinClosesAt: cst(2025, 11, 9, 10),
    });

    const dash = await call('GET', `/api/regions/${world.regionId}/dashboard?period=2025-11`, admin(world));
    expect(dash.status).toBe(200);
    expect(dash.body.branches).toEqual({ total: 4, site: 2, community: 2, active: 3 });
    expect(dash.body.members).toBe(8 + 2 + 1 + 2);
    expect(dash.body.events).toEqual({
      held: 5,
      byKind: [
        { kind: 'theme_day', count: 2 },
        { kind: 'training', count: 1 },
        { kind: 'committee_meeting', count: 1 },
        { kind: 'group_meeting', count: 1 },
      ],
    });
    // 10 of 17 present; the branches' own rates 50, 100 and 50 average 66.7.
    expect(dash.body.attendance).toEqual({ expected: 17, present: 10, onLeave: 1, absent: 6, rate: 58.8, branchAverage: 66.7 });
    // Five rules each (大会 and 党课 over the quarter): A held 1, B 2, C 0, D 1 of 5.
    expect(dash.body.compliance).toEqual({ due: 20, held: 4, missing: 16, toCome: 0, rate: 20, branchAverage: 20, branchesMissing: 4 });

    const byAttendance = await call('GET', `/api/regions/${world.regionId}/ranking?period=2025-11&kind=attendance`, admin(world));
    expect(byAttendance.status).toBe(200);
    expect(
      byAttendance.body.rows.map((r: { name: string; rank: number | null; value: number | null; inactive: boolean }) => [
        r.name,
        r.rank,
        r.value,
        r.inactive,
      ]),
    ).toEqual([
      ['乙社区支部', 1, 100, false],
      // Equal rates share a rank, in the order of the names (pinyin).
      ['测试工地支部', 2, 50, false],
      ['丁社区支部', 2, 50, false],
      ['丙工地支部', null, null, true],
    ]);
    const ascending = await call('GET', `/api/regions/${world.regionId}/ranking?period=2025-11&kind=compliance&sort=asc`, admin(world));
    // C's 0 % is not ranked first: a branch that did nothing is listed last, flagged, whatever the order.
    expect(ascending.body.rows.map((r: { name: string; rank: number | null; value: number | null }) => [r.name, r.rank, r.value])).toEqual([
      ['测试工地支部', 1, 20],
      ['丁社区支部', 1, 20],
      ['乙社区支部', 3, 40],
      ['丙工地支部', null, 0],
    ]);
    expect(ascending.body).toMatchObject({ kind: 'compliance', sort: 'asc', period: { key: '2025-11' } });
    expect(c.id).toBeTruthy();
  });

  it('lists the region’s branches with their secretaries and last activity', async () => {
    const { world, b, c } = await regionOfFour();
    await heldEvent(b.id, world, 'theme_day', cst(2025, 11, 30, 20), 'everyone');
    await heldEvent(b.id, world, 'theme_day', Date.now() + 7 * 24 * HOUR, 'everyone');
    const res = await call('GET', `/api/regions/${world.regionId}/branches`, admin(world));
    const byName = Object.fromEntries(res.body.branches.map((x: { name: string }) => [x.name, x]));
    expect(byName.乙社区支部).toMatchObject({
      kind: 'community',
      memberCount: 2,
      secretaries: [{ userId: b.people[0]!.id, name: '乙社区支部-secretary' }],
      lastActivityAt: cst(2025, 11, 30, 20),
    });
    expect(byName.丙工地支部).toMatchObject({ secretaries: [{ userId: c.people[0]!.id }], lastActivityAt: null });
    expect(byName.测试工地支部.secretaries.map((s: { name: string }) => s.name).sort()).toEqual(['测试-secretary', '测试-副书记'].sort());
  });

  it('refuses a bad kind or sort with a message, and another region’s admin', async () => {
    const world = await makeWorld();
    const bad = await call('GET', `/api/regions/${world.regionId}/ranking?kind=size`, admin(world));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.kind).toContain('attendance');
    expect((await call('GET', `/api/regions/${world.regionId}/ranking?sort=up`, admin(world))).body.error.fields.sort).toContain(
      '从高到低',
    );
    expect((await call('GET', `/api/regions/${world.regionId}/dashboard`, { token: world.people.otherRegionAdmin.token })).status).toBe(
      403,
    );
    expect((await call('GET', `/api/regions/${world.regionId}/ranking`, { token: world.people.secretary.token })).status).toBe(403);
  });
});
