/** The region dashboard and ranking over feedback and the region's contests, against hand-counted figures of four branches. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeContest } from '../../../test/fixtures';
import { admin, regionOfFour } from './region-results-test-helpers';

describe('the region dashboard and ranking', () => {
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
});
