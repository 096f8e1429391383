/** The branch dashboard's feedback and contest figures. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeContest, makeWorld } from '../../../test/fixtures';

describe('the branch dashboard', () => {
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
});
