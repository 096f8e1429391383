/** An attempt at a contest: starting it (drawn, timed, resumed, refused), the answer key kept back, and saving answers. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, type LooseJson, makeBank, makeContest, makeWorld } from '../../../test/fixtures';
import { type AttemptQuestion, keyOf, save, start } from './attempt-test-helpers';

describe('starting an attempt', () => {
  it('draws the rules’ questions without answers, options shuffled, deadline from the time limit', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 10, multiple: 5, judge: 5 });
    const contestId = await makeContest(world, bank, {
      draw: [
        { type: 'single', count: 4 },
        { type: 'multiple', count: 2 },
        { type: 'judge', count: 3 },
      ],
      timeLimitMinutes: 15,
    });
    const res = await call('POST', `/api/contests/${contestId}/attempts`, { token: world.people.masses.token });
    expect(res.status).toBe(200);
    const attempt = res.body;
    const types = attempt.questions.map((q: AttemptQuestion) => q.type);
    expect(types.filter((t: string) => t === 'single')).toHaveLength(4);
    expect(types.filter((t: string) => t === 'multiple')).toHaveLength(2);
    expect(types.filter((t: string) => t === 'judge')).toHaveLength(3);
    expect(new Set(attempt.questions.map((q: AttemptQuestion) => q.id)).size).toBe(9);
    expect(attempt.deadline - attempt.startedAt).toBe(15 * 60_000);
    // No answer key anywhere in what the phone receives.
    const text = JSON.stringify(attempt);
    expect(text).not.toMatch(/"answer"|explanation|解析/);
    for (const q of attempt.questions as AttemptQuestion[]) {
      expect([...q.options.map((o) => o.key)].sort().join('')).toBe('ABCDE'.slice(0, q.options.length));
    }
  });

  it('ends at the close when that comes before the time limit, and resumes the open attempt instead of drawing again', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 5, multiple: 2, judge: 2 });
    const closesAt = Date.now() + 5 * 60_000;
    const contestId = await makeContest(world, bank, { closesAt, timeLimitMinutes: 30 });
    const first = await start(contestId, world.people.member.token);
    expect(first.deadline).toBe(closesAt);
    await save(first.id, first.questions[0]!.id, 'B', world.people.member.token);
    const again = await start(contestId, world.people.member.token);
    expect(again.id).toBe(first.id);
    expect(again.questions[0]!.saved).toBe('B');
    const reopened = await call('GET', `/api/attempts/${first.id}`, { token: world.people.member.token });
    expect(reopened.body.questions.map((q: AttemptQuestion) => q.id)).toEqual(first.questions.map((q) => q.id));
    const other = await call('GET', `/api/attempts/${first.id}`, { token: world.people.masses.token });
    expect(other.status).toBe(404);
  });

  it('refuses before it opens, after it closes, and beyond the attempts allowed', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 5, multiple: 2, judge: 2 });
    const now = Date.now();
    const early = await makeContest(world, bank, { opensAt: now + 60_000, closesAt: now + 120_000 });
    expect((await call('POST', `/api/contests/${early}/attempts`, { token: world.people.member.token })).body.error.code).toBe(
      'contest_not_open',
    );
    const late = await makeContest(world, bank, { opensAt: now - 120_000, closesAt: now - 1 });
    expect((await call('POST', `/api/contests/${late}/attempts`, { token: world.people.member.token })).body.error.code).toBe(
      'contest_closed',
    );
    const once = await makeContest(world, bank, { attemptsAllowed: 1 });
    const attempt = await start(once, world.people.member.token);
    await call('POST', `/api/attempts/${attempt.id}/submit`, { token: world.people.member.token });
    const second = await call('POST', `/api/contests/${once}/attempts`, { token: world.people.member.token });
    expect(second.status).toBe(409);
    expect(second.body.error).toMatchObject({ code: 'attempts_used_up', message: '每人最多答 1 次，您已用完' });
  });
});

describe('the answer key', () => {
  it('is in no response before the rules allow it', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 4, multiple: 2, judge: 2 });
    const contestId = await makeContest(world, bank, { showAnswers: 'after_close' });
    const token = world.people.member.token;
    const key = keyOf(bank.questions);
    const texts: string[] = [];
    const record = async (res: Promise<{ body: unknown }>) => {
      const { body } = await res;
      texts.push(JSON.stringify(body));
      return body as LooseJson;
    };
    await record(call('GET', `/api/contests/${contestId}`, { token }));
    await record(call('GET', '/api/contests', { token }));
    const attempt = await record(call('POST', `/api/contests/${contestId}/attempts`, { token }));
    // Every answer given is wrong, so a right answer anywhere in a response would be a leak.
    for (const q of attempt.questions as { id: string; type: string }[]) {
      const right = key.get(q.id)!;
      await record(call('PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, { token, body: { answer: right === 'A' ? 'B' : 'A' } }));
    }
    await record(call('GET', `/api/attempts/${attempt.id}`, { token }));
    await record(call('POST', `/api/attempts/${attempt.id}/submit`, { token }));
    await record(call('GET', `/api/attempts/${attempt.id}/review`, { token }));
    await record(call('GET', `/api/contests/${contestId}/leaderboard`, { token }));
    const all = texts.join('\n');
    expect(all).not.toContain('解析');
    for (const q of attempt.questions as { id: string }[]) {
      const right = key.get(q.id)!;
      if (right !== 'A' && right !== 'B') expect(all).not.toMatch(new RegExp(`"answer":"${right}"`));
    }
    expect(all).toContain('答案将在竞赛结束后公布');
  });
});

describe('saving answers', () => {
  it('saves one by one, and refuses after the deadline or the submit, or a question not in the attempt', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 5, multiple: 2, judge: 2 });
    const contestId = await makeContest(world, bank);
    const token = world.people.member.token;
    const attempt = await start(contestId, token);
    const q = attempt.questions[0]!;
    const saved = await save(attempt.id, q.id, 'c', token);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ questionId: q.id, answer: 'C' });
    const notInIt = bank.questions.find((b) => !attempt.questions.some((a) => a.id === b.id))!;
    expect((await save(attempt.id, notInIt.id, 'A', token)).status).toBe(404);
    expect((await save(attempt.id, q.id, 'A', world.people.masses.token)).status).toBe(404);

    // At the deadline itself a save still counts; a millisecond after, it does not.
    await env.DB.prepare('UPDATE attempts SET deadline = ?2 WHERE id = ?1')
      .bind(attempt.id, Date.now() + 1_000)
      .run();
    expect((await save(attempt.id, q.id, 'C', token)).status).toBe(200);
    await env.DB.prepare('UPDATE attempts SET deadline = ?2 WHERE id = ?1')
      .bind(attempt.id, Date.now() - 1)
      .run();
    const tooLate = await save(attempt.id, q.id, 'D', token);
    expect(tooLate.status).toBe(409);
    expect(tooLate.body.error).toMatchObject({ code: 'attempt_closed', message: '答题时间已到，不能再修改答案' });
    const row = await env.DB.prepare('SELECT answer FROM attempt_answers WHERE attempt_id = ?1 AND question_id = ?2')
      .bind(attempt.id, q.id)
      .first();
    expect(row).toEqual({ answer: 'C' });
  });
});
