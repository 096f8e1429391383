import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeContest, makeWorld, type Person, type TestQuestion, type World } from '../../../test/fixtures';

/** `person` takes the contest, answering right the first `right` questions, then submits. */
async function take(contestId: string, person: Person, bank: { questions: TestQuestion[] }, right: number) {
  const key = new Map(bank.questions.map((q) => [q.id, q.answer]));
  const attempt = (await call('POST', `/api/contests/${contestId}/attempts`, { token: person.token })).body;
  for (const [i, q] of (attempt.questions as { id: string }[]).entries()) {
    const answer = key.get(q.id)!;
    await call('PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, {
      token: person.token,
      body: { answer: i < right ? answer : answer === 'A' ? 'B' : 'A' },
    });
  }
  return (await call('POST', `/api/attempts/${attempt.id}/submit`, { token: person.token })).body as { attemptId: string; score: number };
}

async function contestWithResults(world: World, options = {}) {
  const bank = await makeBank(world, { single: 4 });
  const contestId = await makeContest(world, bank, { draw: [{ type: 'single', count: 4 }], ...options });
  await take(contestId, world.people.member, bank, 4);
  await take(contestId, world.people.masses, bank, 2);
  await take(contestId, world.workers[0]!, bank, 3);
  return { bank, contestId };
}

describe('leaderboards', () => {
  it('ranks persons by score, with my own rank', async () => {
    const world = await makeWorld();
    const { contestId } = await contestWithResults(world);
    const res = await call('GET', `/api/contests/${contestId}/leaderboard?by=person`, { token: world.people.masses.token });
    expect(res.body.participants).toBe(3);
    expect(res.body.rows.map((r: { name: string; score: number; rank: number }) => [r.rank, r.name, r.score])).toEqual([
      [1, world.people.member.name, 8],
      [2, world.workers[0]!.name, 6],
      [3, world.people.masses.name, 4],
    ]);
    expect(res.body.mine).toMatchObject({ rank: 3, score: 4 });
    const outsider = await call('GET', `/api/contests/${contestId}/leaderboard`, { token: world.people.committee.token });
    expect(outsider.body.mine).toBeNull();
  });

  it('compares branches of a region by average score and participation, and work teams within a branch', async () => {
    const world = await makeWorld();
    const { contestId } = await contestWithResults(world, { region: true });
    const branches = await call('GET', `/api/contests/${contestId}/leaderboard?by=branch`, { token: world.people.regionAdmin.token });
    expect(branches.body.rows).toEqual([
      {
        rank: 1,
        id: world.branchId,
        name: expect.any(String),
        score: 6,
        timeUsedMs: null,
        branchName: null,
        participants: 3,
        members: 8,
        participationRate: 3 / 8,
      },
    ]);
    const teams = await call('GET', `/api/contests/${contestId}/leaderboard?by=team&branchId=${world.branchId}`, {
      token: world.people.masses.token,
    });
    const steel = teams.body.rows.find((r: { name: string }) => r.name === '钢筋班');
    expect(steel).toMatchObject({ participants: 2, members: 4, score: 5, participationRate: 0.5 });
    expect(teams.body.mine).toMatchObject({ rank: steel.rank, score: 5 });
  });
});

describe('analysis', () => {
  it('gives the correct rate and most chosen wrong answer per question, a histogram and flags', async () => {
    const world = await makeWorld();
    const { contestId } = await contestWithResults(world);
    const attempt = await env.DB.prepare('SELECT id FROM attempts WHERE contest_id = ?1 AND user_id = ?2')
      .bind(contestId, world.people.masses.id)
      .first<{ id: string }>();
    await env.DB.prepare('UPDATE attempts SET background_count = 5 WHERE id = ?1').bind(attempt!.id).run();
    const res = await call('GET', `/api/contests/${contestId}/analysis`, { token: world.people.committee.token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ participants: 3, attempts: 3, maxScore: 8, averageScore: 6 });
    // Maximum 8: nine bands of one point each; the scores were 8, 4 and 6.
    expect(res.body.histogram).toHaveLength(9);
    expect(
      res.body.histogram.filter((b: { count: number }) => b.count > 0).map((b: { from: number; to: number }) => [b.from, b.to]),
    ).toEqual([
      [4, 4],
      [6, 6],
      [8, 8],
    ]);
    expect(res.body.histogram.reduce((n: number, b: { count: number }) => n + b.count, 0)).toBe(3);
    const rates = res.body.questions.map((q: { correctRate: number }) => q.correctRate);
    expect(rates).toEqual([...rates].sort((a, b) => a - b));
    expect(rates.reduce((a: number, b: number) => a + b, 0)).toBeCloseTo(9 / 3);
    const missed = res.body.questions.find((q: { correctRate: number }) => q.correctRate < 1);
    expect(missed.commonWrong).toMatchObject({ count: expect.any(Number) });
    // The test answers in milliseconds: every answer is faster than a person reads, so all are flagged.
    expect(res.body.flagged).toHaveLength(3);
    expect(res.body.flagged[0]).toEqual({
      attemptId: attempt!.id,
      name: world.people.masses.name,
      backgroundCount: 5,
      fastAnswers: 4,
      score: 4,
    });
    expect(res.body.flagged.every((f: { fastAnswers: number }) => f.fastAnswers === 4)).toBe(true);
  });
});

describe('score bands', () => {
  it('are whole points, at most ten, covering 0 to the maximum', async () => {
    const { scoreBands } = await import('./analysis');
    expect(scoreBands([0, 55, 100, 99], 100).map((b) => [b.from, b.to, b.count])).toEqual([
      [0, 10, 1],
      [11, 21, 0],
      [22, 32, 0],
      [33, 43, 0],
      [44, 54, 0],
      [55, 65, 1],
      [66, 76, 0],
      [77, 87, 0],
      [88, 98, 0],
      [99, 100, 2],
    ]);
    expect(scoreBands([3], 3)).toEqual([
      { from: 0, to: 0, count: 0 },
      { from: 1, to: 1, count: 0 },
      { from: 2, to: 2, count: 0 },
      { from: 3, to: 3, count: 1 },
    ]);
  });
});

describe('review', () => {
  it('shows answers and explanations when the rules allow, and never before', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 2 });
    for (const [showAnswers, expected] of [
      ['after_submit', 200],
      ['after_close', 403],
      ['never', 403],
    ] as const) {
      const contestId = await makeContest(world, bank, { draw: [{ type: 'single', count: 2 }], showAnswers });
      const result = await take(contestId, world.people.member, bank, 1);
      const review = await call('GET', `/api/attempts/${result.attemptId}/review`, { token: world.people.member.token });
      expect(review.status).toBe(expected);
      if (expected === 200) {
        expect(review.body.questions).toHaveLength(2);
        expect(review.body.questions.filter((q: { correct: boolean }) => q.correct)).toHaveLength(1);
        expect(review.body.questions[0]).toMatchObject({
          answer: expect.stringMatching(/^[A-D]$/),
          explanation: expect.stringContaining('解析'),
        });
      } else {
        expect(review.body.error.message).toBe(showAnswers === 'never' ? '本竞赛不公布答案' : '答案将在竞赛结束后公布');
      }
    }
    // After the close, the after_close contest opens its answers.
    const closing = await makeContest(world, bank, { draw: [{ type: 'single', count: 2 }], showAnswers: 'after_close' });
    const result = await take(closing, world.people.masses, bank, 2);
    await env.DB.prepare('UPDATE contests SET closes_at = ?2 WHERE id = ?1')
      .bind(closing, Date.now() - 1)
      .run();
    expect((await call('GET', `/api/attempts/${result.attemptId}/review`, { token: world.people.masses.token })).status).toBe(200);
    expect((await call('GET', `/api/attempts/${result.attemptId}/review`, { token: world.people.member.token })).status).toBe(404);
  });
});
