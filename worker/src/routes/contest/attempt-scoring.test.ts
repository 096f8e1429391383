/** Scoring a submitted attempt (every type, the best or last attempt, one left open), and the flags organizers see. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeContest, makeWorld } from '../../../test/fixtures';
import { keyOf, save, start } from './attempt-test-helpers';

describe('scoring', () => {
  it('scores every type, multiple choice all-or-nothing, in the submit', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 4, multiple: 4, judge: 2 });
    const contestId = await makeContest(world, bank, {
      draw: [
        { type: 'single', count: 4 },
        { type: 'multiple', count: 4 },
        { type: 'judge', count: 2 },
      ],
      points: { single: 2, multiple: 5, judge: 1 },
    });
    const token = world.people.member.token;
    const attempt = await start(contestId, token);
    const key = keyOf(bank.questions);
    let expected = 0;
    let correct = 0;
    for (const [i, q] of attempt.questions.entries()) {
      const right = key.get(q.id)!;
      let given = right;
      if (q.type === 'multiple' && i % 2 === 0) given = right.slice(1); // missing one right option: no points
      if (q.type === 'single' && i % 3 === 0) given = right === 'A' ? 'B' : 'A';
      if (q.type === 'judge' && i % 2 === 1) continue; // left blank
      expect((await save(attempt.id, q.id, given, token)).status).toBe(200);
      if (given === right) {
        expected += q.points;
        correct++;
      }
    }
    const res = await call('POST', `/api/attempts/${attempt.id}/submit`, { token });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      score: expected,
      correct,
      total: 10,
      maxScore: 4 * 2 + 4 * 5 + 2,
      countedScore: expected,
      reviewAvailable: true,
    });
    // A second submit changes nothing.
    const again = await call('POST', `/api/attempts/${attempt.id}/submit`, { token });
    expect(again.status).toBe(200);
    expect(again.body.score).toBe(expected);
    expect((await save(attempt.id, attempt.questions[0]!.id, 'A', token)).body.error.message).toBe('已交卷，不能再修改答案');
  });

  it('counts the best or the last attempt, as the contest says', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 3 });
    const key = keyOf(bank.questions);
    for (const counts of ['best', 'last'] as const) {
      const contestId = await makeContest(world, bank, { draw: [{ type: 'single', count: 3 }], attemptsAllowed: 2, counts });
      const token = world.people.committee.token;
      const good = await start(contestId, token);
      for (const q of good.questions) await save(good.id, q.id, key.get(q.id)!, token);
      await call('POST', `/api/attempts/${good.id}/submit`, { token });
      const poor = await start(contestId, token);
      const result = await call('POST', `/api/attempts/${poor.id}/submit`, { token });
      expect(result.body.score).toBe(0);
      expect(result.body.countedScore).toBe(counts === 'best' ? 6 : 0);
    }
  });

  it('scores an attempt left open at its deadline with what was saved', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 3 });
    const key = keyOf(bank.questions);
    const contestId = await makeContest(world, bank, { draw: [{ type: 'single', count: 3 }] });
    const token = world.people.member.token;
    const attempt = await start(contestId, token);
    await save(attempt.id, attempt.questions[0]!.id, key.get(attempt.questions[0]!.id)!, token);
    await env.DB.prepare('UPDATE attempts SET deadline = ?2 WHERE id = ?1')
      .bind(attempt.id, Date.now() - 1)
      .run();
    const board = await call('GET', `/api/contests/${contestId}/leaderboard`, { token: world.people.secretary.token });
    expect(board.body.rows).toMatchObject([{ id: world.people.member.id, score: 2 }]);
    const row = await env.DB.prepare('SELECT score, submitted_at IS NOT NULL AS done FROM attempts WHERE id = ?1').bind(attempt.id).first();
    expect(row).toEqual({ score: 2, done: 1 });
  });
});

describe('flags for organizers', () => {
  it('counts answers saved faster than their question can be read, and keeps the highest background count', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 4 });
    const contestId = await makeContest(world, bank, { draw: [{ type: 'single', count: 4 }] });
    const token = world.people.member.token;
    const attempt = await start(contestId, token);
    for (const q of attempt.questions)
      await call('PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, { token, body: { answer: 'A', backgroundCount: 2 } });
    // Spread the first three saves 20 s apart, as a person reading would; the last came 100 ms after the third.
    const t0 = attempt.startedAt;
    const times = [t0 + 20_000, t0 + 40_000, t0 + 60_000, t0 + 60_100];
    await env.DB.batch(
      attempt.questions.map((q, i) =>
        env.DB.prepare('UPDATE attempt_answers SET saved_at = ?3 WHERE attempt_id = ?1 AND question_id = ?2').bind(
          attempt.id,
          q.id,
          times[i]!,
        ),
      ),
    );
    await call('POST', `/api/attempts/${attempt.id}/submit`, { token, body: { backgroundCount: 1 } });
    const row = await env.DB.prepare('SELECT fast_answers AS fast, background_count AS background FROM attempts WHERE id = ?1')
      .bind(attempt.id)
      .first();
    expect(row).toEqual({ fast: 1, background: 2 });
  });
});
