import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, type LooseJson, makeBank, makeContest, makeWorld, tokenFor, type TestQuestion } from '../../../test/fixtures';

type AttemptQuestion = { id: string; type: string; options: { key: string; text: string }[]; points: number; saved: string | null };

const keyOf = (questions: TestQuestion[]) => new Map(questions.map((q) => [q.id, q.answer]));

async function start(contestId: string, token: string) {
  const res = await call('POST', `/api/contests/${contestId}/attempts`, { token });
  expect(res.status).toBe(200);
  return res.body as { id: string; deadline: number; startedAt: number; questions: AttemptQuestion[] };
}

const save = (attemptId: string, questionId: string, answer: string, token: string) =>
  call('PUT', `/api/attempts/${attemptId}/answers/${questionId}`, { token, body: { answer } });

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

describe('500 people at once', () => {
  it('starts, answers and submits 500 attempts concurrently, every score right', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 6, judge: 4 });
    const key = keyOf(bank.questions);
    const contestId = await makeContest(world, bank, {
      draw: [
        { type: 'single', count: 2 },
        { type: 'judge', count: 1 },
      ],
      points: { single: 2, multiple: 4, judge: 1 },
    });
    // 500 members of the branch, each answering a different pattern.
    const people = Array.from({ length: 500 }, (_, i) => ({ id: `p500-${world.branchId}-${i}`, i }));
    const now = Date.now();
    await env.DB.batch(
      people.flatMap(({ id }) => [
        env.DB.prepare(
          'INSERT INTO users (id, openid, name, is_platform_admin, created_at, updated_at) VALUES (?1, ?1, ?1, 0, ?2, ?2)',
        ).bind(id, now),
        env.DB.prepare("INSERT INTO memberships (branch_id, user_id, role, joined_at) VALUES (?1, ?2, 'masses', ?3)").bind(
          world.branchId,
          id,
          now,
        ),
      ]),
    );
    const results = await Promise.all(
      people.map(async ({ id, i }) => {
        const token = await tokenFor(id);
        const attempt = await start(contestId, token);
        let expected = 0;
        await Promise.all(
          attempt.questions.map(async (q, n) => {
            const right = (i >> n) % 2 === 0;
            const given = right ? key.get(q.id)! : key.get(q.id) === 'A' ? 'B' : 'A';
            if (right) expected += q.points;
            expect((await save(attempt.id, q.id, given, token)).status).toBe(200);
          }),
        );
        const submitted = await call('POST', `/api/attempts/${attempt.id}/submit`, { token });
        return { expected, got: submitted.body.score };
      }),
    );
    expect(results.filter((r) => r.got !== r.expected)).toEqual([]);
    const entries = await env.DB.prepare('SELECT count(*) AS n FROM contest_entries WHERE contest_id = ?1')
      .bind(contestId)
      .first<{ n: number }>();
    expect(entries?.n).toBe(500);
  }, 120_000);
});
