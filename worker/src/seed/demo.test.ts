import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, snapshotDatabase } from '../../test/fixtures';
import { calendarProblems } from '@sitebranch/shared';
import { DEMO_PEOPLE, demoSeedStatements } from './demo';
import { DEMO_CALENDAR_2026, demoCalendarStatements } from './demo-calendar';
import { demoContestStatements } from './demo-contest';
import { demoEventStatements } from './demo-events';
import { DEMO_RECEIPT, demoFeedbackStatements } from './demo-feedback';

async function seed(now = Date.now()) {
  await env.DB.batch(
    [
      ...demoSeedStatements(),
      ...demoEventStatements(now),
      ...demoContestStatements(now),
      ...demoFeedbackStatements(env.RECEIPT_SECRET!, now),
      ...demoCalendarStatements(),
    ].map((statement) => env.DB.prepare(statement)),
  );
}

describe('demo seed', () => {
  it('gives about 30 people with every role, and seeding twice changes nothing', async () => {
    await seed();
    const once = await snapshotDatabase();
    await seed();
    expect(await snapshotDatabase()).toEqual(once);

    expect(DEMO_PEOPLE.length).toBeGreaterThanOrEqual(28);
    const roles = await env.DB.prepare("SELECT DISTINCT role FROM memberships WHERE branch_id LIKE 'demo-%'").all<{ role: string }>();
    expect(roles.results.map((r) => r.role).sort()).toEqual(['committee', 'masses', 'member', 'secretary']);
    const teams = await env.DB.prepare("SELECT count(DISTINCT work_team) AS n FROM memberships WHERE branch_id = 'demo-site'").first<{
      n: number;
    }>();
    expect(teams?.n).toBeGreaterThanOrEqual(4);
  });

  it('lets a demo person log in by name and see their branches', async () => {
    await seed();
    const login = await call('POST', '/api/auth/dev', { body: { name: '刘洋' } });
    expect(login.body.isNewUser).toBe(false);
    const me = await call('GET', '/api/me', { token: login.body.token });
    expect(me.body.memberships.map((m: { branchName: string; role: string }) => `${m.branchName}/${m.role}`).sort()).toEqual([
      '幸福里社区党支部/masses',
      '滨江花园项目临时党支部/member',
    ]);
    const secretary = await call('POST', '/api/auth/dev', { body: { name: '张建国' } });
    const branch = await call('GET', '/api/branches/demo-site', { token: secretary.body.token });
    expect(branch.body).toMatchObject({ myRole: 'secretary', memberCount: 18 });
  });

  it('gives the site four weeks of attendance history, an event open today and a 党课 next week', async () => {
    const now = Date.now();
    await seed(now);
    const again = await snapshotDatabase();
    await seed(now + 60_000);
    expect(await snapshotDatabase()).toEqual(again);

    const login = await call('POST', '/api/auth/dev', { body: { name: '刘洋' } });
    const history = await call('GET', '/api/branches/demo-site/attendance/me', { token: login.body.token });
    expect(history.body.expected).toBe(4);
    expect(history.body.present).toBeGreaterThan(0);
    const events = await call('GET', '/api/branches/demo-site/events', { token: login.body.token });
    const upcoming = events.body.events.filter((e: { endsAt: number }) => e.endsAt > now);
    expect(upcoming.map((e: { title: string }) => e.title)).toEqual(['今日班前会：塔吊作业安全交底', '党课：新时代产业工人队伍建设']);

    const secretary = await call('POST', '/api/auth/dev', { body: { name: '张建国' } });
    const forum = await call('GET', '/api/events/demo-event-history-2/attendance', { token: secretary.body.token });
    expect(forum.body).toMatchObject({ expected: 18, onLeave: 1 });
    expect(forum.body.present).toBeGreaterThanOrEqual(12);
    const count = await env.DB.prepare("SELECT checkin_count AS n FROM events WHERE id = 'demo-event-history-2'").first<{ n: number }>();
    expect(count?.n).toBe(forum.body.present);
  });

  it('gives a region-wide contest over the demo bank that a site worker can take', async () => {
    await seed();
    const login = await call('POST', '/api/auth/dev', { body: { name: '马国富' } });
    const token = login.body.token;
    const contests = await call('GET', '/api/contests', { token });
    const demo = contests.body.contests.find((c: { id: string }) => c.id === 'demo-contest-region');
    expect(demo).toMatchObject({ status: 'open', questionCount: 20, maxScore: 80, scope: { kind: 'region' } });
    const attempt = await call('POST', '/api/contests/demo-contest-region/attempts', { token });
    expect(attempt.body.questions).toHaveLength(20);
    const practice = await call('GET', '/api/practice/daily', { token });
    expect(practice.body.questions).toHaveLength(5);
  });

  it('gives the site feedback in every state, an anonymous report past the branch followed by its receipt', async () => {
    await seed();
    const secretary = (await call('POST', '/api/auth/dev', { body: { name: '张建国' } })).body.token;
    const inbox = await call('GET', '/api/branches/demo-site/feedback', { token: secretary });
    // The integrity report about 项目部 went to the region's discipline contact: 张建国 sits in 项目部.
    expect(inbox.body.feedback.map((f: { id: string; status: string }) => f.status).sort()).toEqual([
      'in_progress',
      'resolved',
      'submitted',
    ]);
    const contact = (await call('POST', '/api/auth/dev', { body: { name: '钱卫东' } })).body.token;
    const region = await call('GET', '/api/regions/demo-region/integrity-reports', { token: contact });
    expect(region.body.feedback).toMatchObject([{ id: 'demo-feedback-4', branchName: '滨江花园项目临时党支部', status: 'accepted' }]);
    expect(inbox.body.feedback[0]).toMatchObject({ id: 'demo-feedback-3', overdue: true });
    const committee = (await call('POST', '/api/auth/dev', { body: { name: '李红梅' } })).body.token;
    expect((await call('GET', '/api/branches/demo-site/feedback', { token: committee })).body.feedback).toHaveLength(3);
    const anonymous = await call('POST', '/api/feedback/receipt', { body: { code: DEMO_RECEIPT } });
    expect(anonymous.body).toMatchObject({
      id: 'demo-feedback-4',
      category: 'integrity',
      anonymous: true,
      status: 'accepted',
      routedTo: 'region',
    });
    expect(anonymous.body.timeline[1]).toMatchObject({ kind: 'accepted', actorName: '钱卫东' });
  });

  it('has the 2026 holidays as a calendar the API would accept: 33 days off, 6 weekend days worked', async () => {
    expect(calendarProblems(2026, DEMO_CALENDAR_2026)).toEqual({});
    expect(DEMO_CALENDAR_2026.holidays).toHaveLength(33);
    await seed();
    const login = await call('POST', '/api/auth/dev', { body: { name: '刘洋' } });
    const year = await call('GET', '/api/calendar/2026', { token: login.body.token });
    expect(year.body.holidays).toEqual(DEMO_CALENDAR_2026.holidays);
    expect(year.body.workdays.map((d: { date: string }) => d.date)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
  });
});
