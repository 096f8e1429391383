import { cstDate } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeWorld } from '../../../test/fixtures';

const DAY = 24 * 3_600_000;

describe('每日一练 (daily practice)', () => {
  it('gives five questions a day from visible banks, the same all day, answers only after answering', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 6, judge: 4 });
    await makeBank(await makeWorld(), { single: 10 }); // another region's bank is never drawn
    const token = world.people.masses.token;
    const first = await call('GET', '/api/practice/daily', { token });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ day: cstDate(Date.now()), answered: 0, correct: 0, streak: 0 });
    expect(first.body.questions).toHaveLength(5);
    const ids = first.body.questions.map((q: { id: string }) => q.id);
    expect(ids.every((id: string) => bank.questions.some((q) => q.id === id))).toBe(true);
    expect(JSON.stringify(first.body)).not.toMatch(/"answer"|explanation/);
    expect((await call('GET', '/api/practice/daily', { token })).body.questions.map((q: { id: string }) => q.id)).toEqual(ids);
  });

  it('tells right or wrong at once with the explanation, keeps the first answer, and counts the streak', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 5 });
    const key = new Map(bank.questions.map((q) => [q.id, q.answer]));
    const person = world.people.member;
    // Yesterday was finished, with a streak of 3.
    await env.DB.prepare(
      "INSERT INTO practice_days (user_id, day, question_ids, answers, correct, streak) VALUES (?1, ?2, '[]', '{}', 5, 3)",
    )
      .bind(person.id, cstDate(Date.now() - DAY))
      .run();
    const today = (await call('GET', '/api/practice/daily', { token: person.token })).body;
    expect(today.streak).toBe(3);
    const [firstQ, ...rest] = today.questions as { id: string }[];
    const wrong = key.get(firstQ!.id) === 'A' ? 'B' : 'A';
    const answered = await call('POST', '/api/practice/daily/answers', {
      token: person.token,
      body: { questionId: firstQ!.id, answer: wrong },
    });
    expect(answered.body).toMatchObject({
      correct: false,
      answer: key.get(firstQ!.id),
      explanation: expect.stringContaining('解析'),
      answered: 1,
      streak: 3,
    });
    const again = await call('POST', '/api/practice/daily/answers', {
      token: person.token,
      body: { questionId: firstQ!.id, answer: key.get(firstQ!.id) },
    });
    expect(again.body).toMatchObject({ correct: false, answered: 1 });
    let last: Awaited<ReturnType<typeof call>> | undefined;
    for (const q of rest)
      last = await call('POST', '/api/practice/daily/answers', { token: person.token, body: { questionId: q.id, answer: key.get(q.id) } });
    expect(last!.body).toMatchObject({ correct: true, answered: 5, streak: 4 });
    const done = (await call('GET', '/api/practice/daily', { token: person.token })).body;
    expect(done).toMatchObject({ answered: 5, correct: 4, streak: 4 });
    expect(done.questions[0].result).toMatchObject({ given: wrong, correct: false });
    const notToday = await call('POST', '/api/practice/daily/answers', {
      token: person.token,
      body: { questionId: world.branchId, answer: 'A' },
    });
    expect(notToday.status).toBe(404);
  });

  it('has nothing to practise for someone in no branch', async () => {
    const world = await makeWorld();
    await makeBank(world, { single: 5 });
    const res = await call('GET', '/api/practice/daily', { token: world.people.outsider.token });
    expect(res.body).toMatchObject({ questions: [], answered: 0, streak: 0 });
  });
});
