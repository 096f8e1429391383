import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { addPastCheckins, addPastFeedback } from '../../../test/bulk';
import { meteredD1 } from '../../db/meter';
import { compileNamed, sql, type SqlParams } from '../../db/sql';
import { call, makeBank, makeContest, makeEvent, makeWorld, type World } from '../../../test/fixtures';
import { COMPLIANCE_MEETINGS_SQL, DASHBOARD_SQL } from '../../results/branch-sql';

const cst = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);
const HOUR = 3_600_000;

async function heldEvent(
  world: World,
  kind: string,
  startsAt: number,
  audience: 'members' | 'everyone',
  extra: Record<string, unknown> = {},
) {
  return makeEvent(world, {
    kind: kind as never,
    audience,
    startsAt,
    endsAt: startsAt + HOUR,
    checkinOpensAt: startsAt - HOUR,
    checkinClosesAt: startsAt + HOUR,
    ...extra,
  });
}
const checkin = (eventId: string, userId: string, o: { method?: string; late?: boolean; offline?: boolean; status?: string } = {}) =>
  env.DB.prepare(
    `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?4)`,
  )
    .bind(eventId, userId, o.method ?? 'qr', Date.now(), o.late ? 1 : 0, o.offline ? 1 : 0, o.status ?? 'confirmed')
    .run();

/** Everyone joined long before 2025-11. */
async function worldOfLongStanding() {
  const world = await makeWorld();
  await env.DB.prepare('UPDATE memberships SET joined_at = ?2 WHERE branch_id = ?1')
    .bind(world.branchId, cst(2024, 1, 1))
    .run();
  return world;
}

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

  it('counts the feedback the branch handles: received, resolved in time, satisfied, overdue now', async () => {
    const world = await makeWorld();
    const masses = world.people.masses.token;
    const secretary = world.people.secretary.token;
    const submit = async (body: object) =>
      (await call('POST', `/api/branches/${world.branchId}/feedback`, { token: masses, body: { anonymous: false, ...body } })).body
        .id as string;
    const fixed = await submit({ category: 'request', text: '宿舍热水器坏了三天' });
    const declined = await submit({ category: 'suggestion', text: '建议食堂晚班供应热饭' });
    const waiting = await submit({ category: 'request', text: '工资条看不懂，想问问' });
    await submit({ category: 'integrity', text: '项目部有人收购物卡', routeTo: 'region' });
    for (const to of ['accepted', 'resolved'])
      expect((await call('POST', `/api/feedback/${fixed}/transitions`, { token: secretary, body: { to, note: '已修好' } })).status).toBe(
        200,
      );
    expect(
      (await call('POST', `/api/feedback/${declined}/transitions`, { token: secretary, body: { to: 'declined', note: '暂不具备条件' } }))
        .status,
    ).toBe(200);
    expect((await call('POST', `/api/feedback/${fixed}/rating`, { token: masses, body: { level: 5 } })).status).toBe(200);
    // The cron marks what missed its deadline.
    await env.DB.prepare('UPDATE feedback SET overdue = 1 WHERE id = ?1').bind(waiting).run();
    const res = await call('GET', `/api/branches/${world.branchId}/dashboard`, { token: secretary });
    expect(res.body.feedback).toEqual({
      received: 3,
      resolved: 1,
      resolvedInTime: 1,
      inTimeRate: 100,
      rated: 1,
      satisfied: 1,
      satisfactionRate: 100,
      overdueNow: 1,
      openNow: 1,
      byCategory: [
        { category: 'suggestion', count: 1 },
        { category: 'request', count: 2 },
      ],
      byStatus: [
        { status: 'submitted', count: 1 },
        { status: 'resolved', count: 1 },
        { status: 'declined', count: 1 },
      ],
    });
  });

  it('gives each contest open in the period its participants, participation and average score in this branch', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { judge: 2 }, { region: true });
    const options = { draw: [{ type: 'judge' as const, count: 2 }], points: { single: 2, multiple: 4, judge: 5 }, shuffleOptions: false };
    const own = await makeContest(world, bank, options);
    const region = await makeContest(world, bank, { ...options, region: true });
    await makeContest(world, bank, { ...options, opensAt: Date.UTC(2020, 0, 1), closesAt: Date.UTC(2020, 0, 2) });
    const take = async (contestId: string, token: string, right: boolean) => {
      const attempt = (await call('POST', `/api/contests/${contestId}/attempts`, { token })).body;
      for (const q of attempt.questions as { id: string }[]) {
        const known = bank.questions.find((k) => k.id === q.id)!;
        await call('PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, {
          token,
          body: { answer: right ? known.answer : known.answer === 'A' ? 'B' : 'A' },
        });
      }
      expect((await call('POST', `/api/attempts/${attempt.id}/submit`, { token })).status).toBe(200);
    };
    await take(own, world.people.masses.token, true);
    await take(own, world.people.member.token, false);
    await take(region, world.people.member.token, true);
    const res = await call('GET', `/api/branches/${world.branchId}/dashboard`, { token: world.people.secretary.token });
    expect(res.body.contests).toEqual([
      { id: own, title: '测试竞赛', scope: 'branch', maxScore: 10, participants: 2, participationRate: 25, averageScore: 5 },
      { id: region, title: '测试竞赛', scope: 'region', maxScore: 10, participants: 1, participationRate: 12.5, averageScore: 10 },
    ]);
  });

  it('reads the same rows with 1,000 check-ins and with 100,000 and three years of answered feedback', async () => {
    const world = await worldOfLongStanding();
    const eventId = await heldEvent(world, 'training', cst(2025, 11, 5, 8), 'everyone');
    const prefix = `dash-${crypto.randomUUID()}-`;
    const addCheckins = (from: number, to: number) => addPastCheckins(eventId, prefix, from, to);
    const { db, meter, reset } = meteredD1(env.DB);
    const measure = async () => {
      reset();
      const res = await call('GET', `/api/branches/${world.branchId}/dashboard?period=2025-11`, {
        token: world.people.secretary.token,
        bindings: { ...env, DB: db },
      });
      expect(res.status).toBe(200);
      return { present: res.body.attendance.totals.present as number, rowsRead: meter.rowsRead, roundTrips: meter.roundTrips };
    };
    await addCheckins(1, 1_000);
    const small = await measure();
    await addCheckins(1_001, 100_000);
    await addPastFeedback(world.branchId, `${prefix}fb-`, 1, 110, cst(2025, 10, 1));
    const large = await measure();
    expect(small.present).toBe(1_000);
    expect(large.present).toBe(100_000);
    expect(large.rowsRead, JSON.stringify(meter.perStatement)).toBe(small.rowsRead);
    expect(small.rowsRead, JSON.stringify(meter.perStatement)).toBeLessThan(100);
  }, 120_000);

  it('plans every query of the dashboard and of compliance as index searches, never a scan of a table', async () => {
    const statements = [...Object.values(DASHBOARD_SQL), COMPLIANCE_MEETINGS_SQL];
    const values: SqlParams = { branchId: 'b', from: 0, to: 1, now: 1, months: '["x"]', kinds: '["x"]' };
    for (const statement of statements) {
      const used = Object.fromEntries(compileNamed(statement).names.map((name) => [name, values[name]]));
      const plan = await sql(env.DB, `EXPLAIN QUERY PLAN ${statement}`, used).all<{ detail: string }>();
      // The list of months or kinds passed in (json_each) is scanned; no table is.
      const scans = plan.results.map((r) => r.detail).filter((d) => /^SCAN /.test(d) && !/VIRTUAL TABLE|^SCAN CONSTANT ROW/.test(d));
      expect(scans, statement.split('\n')[0]).toEqual([]);
    }
  });

  it('refuses a bad period, and shows nothing to a member', async () => {
    const world = await makeWorld();
    const bad = await call('GET', `/api/branches/${world.branchId}/dashboard?period=2025-13`, { token: world.people.secretary.token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.period).toContain('2026-11');
    expect((await call('GET', `/api/branches/${world.branchId}/dashboard`, { token: world.people.member.token })).status).toBe(403);
  });
});
