/**
 * The region dashboard and the ranking against hand-counted figures of four branches: a site
 * branch of eight, a community branch of two that does everything, a branch of two that did one
 * event, and a branch of one that did nothing.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { addPastCheckins, addPastFeedback } from '../../../test/bulk';
import { meteredD1 } from '../../db/meter';
import { compileNamed, sql, type SqlParams } from '../../db/sql';
import { call, makeBank, makeContest, makeEvent, makePerson, makeWorld, type Person, type World } from '../../../test/fixtures';
import { REGION_SQL } from '../../results/region-figures';
import { REGION_BRANCHES_SQL } from '../organization/regions';

const cst = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);
const HOUR = 3_600_000;
const LONG_AGO = cst(2024, 1, 1);

async function heldEvent(branchId: string, world: World, kind: string, startsAt: number, audience: 'members' | 'everyone') {
  return makeEvent(world, {
    branchId,
    kind: kind as never,
    audience,
    startsAt,
    endsAt: startsAt + HOUR,
    checkinOpensAt: startsAt - HOUR,
    checkinClosesAt: startsAt + HOUR,
  });
}
const checkin = (eventId: string, userId: string) =>
  env.DB.prepare(
    `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, created_at) VALUES (?1, ?2, 'qr', ?3, 0, 0, 'confirmed', ?3)`,
  )
    .bind(eventId, userId, Date.now())
    .run();

/** A branch of the world's region with these members, all joined long ago. */
async function addBranch(world: World, name: string, kind: 'site' | 'community', roles: ('secretary' | 'member' | 'masses')[]) {
  const id = crypto.randomUUID();
  await env.DB.prepare(
    `INSERT INTO branches (id, region_id, kind, name, address, member_count, created_at) VALUES (?1, ?2, ?3, ?4, '测试路', ?5, ?6)`,
  )
    .bind(id, world.regionId, kind, name, roles.length, LONG_AGO)
    .run();
  const people: Person[] = [];
  for (const role of roles) {
    const person = await makePerson(`${name}-${role}`);
    await env.DB.prepare('INSERT INTO memberships (branch_id, user_id, role, joined_at) VALUES (?1, ?2, ?3, ?4)')
      .bind(id, person.id, role, LONG_AGO)
      .run();
    people.push(person);
  }
  return { id, people };
}

/** The world's branch (A, eight members) and three more, everyone there since 2024. */
async function regionOfFour() {
  const world = await makeWorld();
  await env.DB.prepare('UPDATE memberships SET joined_at = ?2 WHERE branch_id = ?1').bind(world.branchId, LONG_AGO).run();
  await env.DB.prepare('UPDATE branches SET created_at = ?2 WHERE id = ?1').bind(world.branchId, LONG_AGO).run();
  const b = await addBranch(world, '乙社区支部', 'community', ['secretary', 'masses']);
  const c = await addBranch(world, '丙工地支部', 'site', ['secretary']);
  const d = await addBranch(world, '丁社区支部', 'community', ['secretary', 'masses']);
  return { world, b, c, d };
}

const admin = (world: World) => ({ token: world.people.regionAdmin.token });

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

  it('sums feedback and the region’s contests; a branch with nothing to rate comes after the ranked ones', async () => {
    const { world, b } = await regionOfFour();
    const masses = world.people.masses.token;
    const submit = async (branchId: string, token: string, body: object) =>
      (await call('POST', `/api/branches/${branchId}/feedback`, { token, body: { anonymous: false, ...body } })).body.id as string;
    const transition = async (id: string, token: string, to: string) =>
      expect((await call('POST', `/api/feedback/${id}/transitions`, { token, body: { to, note: '已处理' } })).status).toBe(200);
    const fixed = await submit(world.branchId, masses, { category: 'request', text: '宿舍热水器坏了三天' });
    const waiting = await submit(world.branchId, masses, { category: 'request', text: '工资条看不懂，想问问' });
    for (const to of ['accepted', 'resolved']) await transition(fixed, world.people.secretary.token, to);
    expect((await call('POST', `/api/feedback/${fixed}/rating`, { token: masses, body: { level: 5 } })).status).toBe(200);
    await env.DB.prepare('UPDATE feedback SET overdue = 1 WHERE id = ?1').bind(waiting).run();
    const [bSecretary, bMasses] = b.people;
    // 基本满意 is rated but not satisfied (不满意 would reopen it).
    const bFixed = await submit(b.id, bMasses!.token, { category: 'suggestion', text: '小区路灯晚上不亮' });
    for (const to of ['accepted', 'resolved']) await transition(bFixed, bSecretary!.token, to);
    expect((await call('POST', `/api/feedback/${bFixed}/rating`, { token: bMasses!.token, body: { level: 3 } })).status).toBe(200);

    const bank = await makeBank(world, { judge: 2 }, { region: true });
    const contest = await makeContest(world, bank, {
      draw: [{ type: 'judge', count: 2 }],
      points: { single: 2, multiple: 4, judge: 5 },
      shuffleOptions: false,
      region: true,
    });
    const take = async (token: string, right: boolean) => {
      const attempt = (await call('POST', `/api/contests/${contest}/attempts`, { token })).body;
      for (const q of attempt.questions as { id: string }[]) {
        const known = bank.questions.find((k) => k.id === q.id)!;
        await call('PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, {
          token,
          body: { answer: right ? known.answer : known.answer === 'A' ? 'B' : 'A' },
        });
      }
      expect((await call('POST', `/api/attempts/${attempt.id}/submit`, { token })).status).toBe(200);
    };
    await take(masses, true);
    await take(world.people.member.token, false);
    await take(bMasses!.token, true);

    const dash = await call('GET', `/api/regions/${world.regionId}/dashboard`, admin(world));
    expect(dash.body.feedback).toEqual({
      received: 3,
      resolved: 2,
      resolvedInTime: 2,
      inTimeRate: 100,
      rated: 2,
      satisfied: 1,
      satisfactionRate: 50,
      overdueNow: 1,
    });
    // 3 of the region's 13 people; A averaged 5 of 10 and B 10: 20 / 3.
    expect(dash.body.contests).toEqual([
      { id: contest, title: '测试竞赛', maxScore: 10, participants: 3, participationRate: 23.1, averageScore: 6.7, branchesTakingPart: 2 },
    ]);
    expect(dash.body.branches.active).toBe(2);

    const bySatisfaction = await call('GET', `/api/regions/${world.regionId}/ranking?kind=satisfaction`, admin(world));
    expect(
      bySatisfaction.body.rows.map((r: { name: string; rank: number | null; value: number | null; inactive: boolean }) => [
        r.name,
        r.rank,
        r.value,
        r.inactive,
      ]),
    ).toEqual([
      ['测试工地支部', 1, 100, false],
      ['乙社区支部', 2, 0, false],
      ['丙工地支部', null, null, true],
      ['丁社区支部', null, null, true],
    ]);
    // Participation per member: A 2 of 8, B 1 of 2 — the small branch is not punished for being small.
    const byContest = await call('GET', `/api/regions/${world.regionId}/ranking?kind=contest`, admin(world));
    expect(byContest.body.rows.slice(0, 2).map((r: { name: string; value: number }) => [r.name, r.value])).toEqual([
      ['乙社区支部', 50],
      ['测试工地支部', 25],
    ]);
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

  it('reads the same rows with 1,000 check-ins and with 100,000 and three years of answered feedback', async () => {
    const { world } = await regionOfFour();
    const eventId = await heldEvent(world.branchId, world, 'training', cst(2025, 11, 5, 8), 'everyone');
    const prefix = `region-${crypto.randomUUID()}-`;
    const addCheckins = (from: number, to: number) => addPastCheckins(eventId, prefix, from, to);
    const { db, meter, reset } = meteredD1(env.DB);
    const measure = async () => {
      const rows: Record<string, number> = {};
      for (const path of ['dashboard?period=2025-11', 'ranking?period=2025-Q4', 'branches']) {
        reset();
        const res = await call('GET', `/api/regions/${world.regionId}/${path}`, { ...admin(world), bindings: { ...env, DB: db } });
        expect(res.status).toBe(200);
        rows[path] = meter.rowsRead;
        if (path.startsWith('dashboard')) rows.present = res.body.attendance.present;
      }
      return rows;
    };
    await addCheckins(1, 1_000);
    const small = await measure();
    await addCheckins(1_001, 100_000);
    await addPastFeedback(world.branchId, `${prefix}fb-`, 1, 110, cst(2025, 10, 1));
    const large = await measure();
    expect([small.present, large.present]).toEqual([1_000, 100_000]);
    expect(large, JSON.stringify(meter.perStatement)).toEqual({ ...small, present: 100_000 });
    expect(small['dashboard?period=2025-11']).toBeLessThan(100);
  }, 120_000);

  it('plans every query of the region console as index searches, never a scan of a table', async () => {
    // Named parameters: the region, the months as JSON, any other (a time) 1. Positional ones (?1 the region) as before.
    const values: SqlParams = { regionId: 'r', months: '["2025-11"]' };
    for (const statement of [...Object.values(REGION_SQL), ...Object.values(REGION_BRANCHES_SQL)]) {
      const { names } = compileNamed(statement);
      const positional = Math.max(0, ...[...statement.matchAll(/\?(\d+)/g)].map((m) => Number(m[1])));
      const explain = names.length
        ? sql(env.DB, `EXPLAIN QUERY PLAN ${statement}`, Object.fromEntries(names.map((name) => [name, values[name] ?? 1])))
        : env.DB.prepare(`EXPLAIN QUERY PLAN ${statement}`).bind(...['r', '["2025-11"]', 1].slice(0, positional));
      const plan = await explain.all<{ detail: string }>();
      const scans = plan.results.map((r) => r.detail).filter((d) => /^SCAN /.test(d) && !/VIRTUAL TABLE|^SCAN CONSTANT ROW/.test(d));
      expect(scans, statement.split('\n')[0]).toEqual([]);
    }
  });
});
