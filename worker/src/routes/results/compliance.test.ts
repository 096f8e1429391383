import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld, snapshotDatabase, type World } from '../../../test/fixtures';

const cst = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);
const HOUR = 3_600_000;

async function meeting(world: World, kind: string, startsAt: number, extra: Record<string, unknown> = {}) {
  return makeEvent(world, {
    kind: kind as never,
    startsAt,
    endsAt: startsAt + HOUR,
    checkinOpensAt: startsAt - HOUR,
    checkinClosesAt: startsAt + HOUR,
    ...extra,
  });
}

/** A branch that has existed for years, so past quarters count. */
async function oldWorld() {
  const world = await makeWorld();
  await env.DB.prepare('UPDATE branches SET created_at = ?2 WHERE id = ?1')
    .bind(world.branchId, cst(2020, 1, 1))
    .run();
  return world;
}

describe('三会一课 compliance of a branch', () => {
  it('counts a past quarter from published meetings of the right kinds only', async () => {
    const world = await oldWorld();
    await meeting(world, 'committee_meeting', cst(2025, 10, 10, 19));
    await meeting(world, 'committee_meeting', cst(2025, 11, 7, 19));
    await meeting(world, 'committee_meeting', cst(2025, 12, 5, 19), { status: 'cancelled' });
    await meeting(world, 'group_meeting', cst(2025, 12, 20, 19), { status: 'draft' });
    // The last evening of the quarter in China: 2025-12-31 20:00 (12:00 UTC) counts in Q4.
    await meeting(world, 'branch_assembly', cst(2025, 12, 31, 20));
    await meeting(world, 'training', cst(2025, 11, 3, 9));
    const res = await call('GET', `/api/branches/${world.branchId}/compliance?period=2025-Q4`, { token: world.people.secretary.token });
    expect(res.status).toBe(200);
    expect(res.body.period).toMatchObject({ key: '2025-Q4', label: '2025年第四季度', startsAt: cst(2025, 10, 1), endsAt: cst(2026, 1, 1) });
    const byKind = Object.fromEntries(res.body.rows.map((r: { kind: string }) => [r.kind, r]));
    expect(byKind.committee_meeting).toMatchObject({ due: 3, held: 2, missing: 1, toCome: 0 });
    expect(byKind.committee_meeting.units.map((u: { state: string }) => u.state)).toEqual(['met', 'met', 'missing']);
    expect(byKind.group_meeting).toMatchObject({ due: 3, held: 0, missing: 3 });
    expect(byKind.branch_assembly).toMatchObject({ due: 1, held: 1, missing: 0 });
    expect(byKind.party_lecture).toMatchObject({ due: 1, held: 0, missing: 1 });
    expect(byKind.theme_day).toMatchObject({ due: 3, missing: 3 });
    // The next quarter does not see the last evening's meeting.
    const q1 = await call('GET', `/api/branches/${world.branchId}/compliance?period=2026-Q1`, { token: world.people.secretary.token });
    expect(q1.body.rows.find((r: { kind: string }) => r.kind === 'branch_assembly')).toMatchObject({ held: 0 });
  });

  it('shows a future month as still to come, with what is already scheduled', async () => {
    const world = await makeWorld();
    await meeting(world, 'committee_meeting', cst(2030, 11, 8, 19));
    const res = await call('GET', `/api/branches/${world.branchId}/compliance?period=2030-11`, { token: world.people.committee.token });
    const row = res.body.rows.find((r: { kind: string }) => r.kind === 'committee_meeting');
    expect(row).toMatchObject({ due: 1, held: 0, missing: 0, toCome: 1, units: [{ key: '2030-11', scheduled: 1, state: 'open' }] });
    // A quarterly rule, looked at in a month, looks at its quarter.
    expect(res.body.rows.find((r: { kind: string }) => r.kind === 'branch_assembly').units.map((u: { key: string }) => u.key)).toEqual([
      '2030-Q4',
    ]);
  });

  it('defaults to this month, and leaves out what came before the branch existed', async () => {
    const world = await makeWorld();
    const res = await call('GET', `/api/branches/${world.branchId}/compliance`, { token: world.people.secretary.token });
    expect(res.body.period.kind).toBe('month');
    expect(res.body.period.startsAt).toBeLessThanOrEqual(Date.now());
    const year = await call('GET', `/api/branches/${world.branchId}/compliance?period=2025`, { token: world.people.secretary.token });
    expect(year.body.rows.every((r: { units: unknown[] }) => r.units.length === 0)).toBe(true);
  });

  it('follows the secretary’s targets: off for a branch with no 党小组, twice a month for 支委会', async () => {
    const world = await oldWorld();
    const targets = {
      branch_assembly: { per: 'quarter', times: 1 },
      committee_meeting: { per: 'month', times: 2 },
      group_meeting: null,
      party_lecture: { per: 'quarter', times: 1 },
      theme_day: { per: 'month', times: 1 },
    };
    const put = await call('PUT', `/api/branches/${world.branchId}/compliance-targets`, {
      token: world.people.secretary.token,
      body: targets,
    });
    expect(put.status).toBe(200);
    await meeting(world, 'committee_meeting', cst(2025, 11, 7, 19));
    const res = await call('GET', `/api/branches/${world.branchId}/compliance?period=2025-11`, { token: world.people.secretary.token });
    expect(res.body.targets).toEqual(targets);
    expect(res.body.rows.map((r: { kind: string }) => r.kind)).not.toContain('group_meeting');
    expect(res.body.rows.find((r: { kind: string }) => r.kind === 'committee_meeting')).toMatchObject({ due: 2, held: 1, missing: 1 });
  });

  it('refuses bad periods and bad targets in words, writing nothing', async () => {
    const world = await makeWorld();
    const token = world.people.secretary.token;
    for (const period of ['2026-13', '2026-Q5', 'last-month', '1999']) {
      const res = await call('GET', `/api/branches/${world.branchId}/compliance?period=${period}`, { token });
      expect(res.status).toBe(400);
      expect(res.body.error.fields.period).toBeTruthy();
    }
    const before = await snapshotDatabase();
    const zero = await call('PUT', `/api/branches/${world.branchId}/compliance-targets`, {
      token,
      body: {
        branch_assembly: { per: 'quarter', times: 0 },
        committee_meeting: null,
        group_meeting: null,
        party_lecture: null,
        theme_day: { per: 'week', times: 1 },
      },
    });
    expect(zero.status).toBe(400);
    expect(zero.body.error.fields).toMatchObject({
      'branch_assembly.times': '每期至少 1 次；不需要时请关闭这一项',
      'theme_day.per': '频次只能是每月（month）或每季度（quarter）',
    });
    const missing = await call('PUT', `/api/branches/${world.branchId}/compliance-targets`, { token, body: { committee_meeting: null } });
    expect(missing.status).toBe(400);
    expect(await snapshotDatabase()).toEqual(before);
  });
});
