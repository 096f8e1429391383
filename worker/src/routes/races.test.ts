/**
 * Requests that arrive together. Each case sends the same thing several times at once into the real
 * worker and D1, and checks what the guard in SQL promises; each was checked to fail with its guard
 * taken out (the pre-checks in the routes alone let every copy through, since all of them read
 * before any of them writes).
 */
import { env } from 'cloudflare:workers';
import { MAX_PHOTOS } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeContest, makeInvite, makePerson, makeWorld } from '../../test/fixtures';
import { JPEG } from '../feedback/test-photos';
import { runScheduled } from '../scheduled';

const AT_ONCE = 8;
const times = <T>(n: number, make: () => Promise<T>) => Promise.all(Array.from({ length: n }, make));

describe('the same request, several at once', () => {
  it('starting an attempt: one attempt, every answer the same one', async () => {
    const world = await makeWorld();
    const contestId = await makeContest(world, await makeBank(world, { single: 3 }), { draw: [{ type: 'single', count: 3 }] });
    const starts = await times(AT_ONCE, () => call('POST', `/api/contests/${contestId}/attempts`, { token: world.people.member.token }));
    expect(starts.map((res) => res.status)).toEqual(Array(AT_ONCE).fill(200));
    expect(new Set(starts.map((res) => res.body.id)).size).toBe(1);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM attempts WHERE contest_id = ?1 AND user_id = ?2')
      .bind(contestId, world.people.member.id)
      .first<{ n: number }>();
    expect(rows!.n).toBe(1);
  });

  it('joining with an invite: one membership, the use counted once, the member count right', async () => {
    const world = await makeWorld();
    const code = await makeInvite(world);
    const worker = await makePerson('一起点加入的工人');
    const countBefore = (await env.DB.prepare('SELECT member_count AS n FROM branches WHERE id = ?1')
      .bind(world.branchId)
      .first<{ n: number }>())!.n;
    const joins = await times(AT_ONCE, () => call('POST', `/api/invites/${code}/join`, { token: worker.token }));
    expect(
      joins.every((res) => res.status === 200 || res.status === 409),
      JSON.stringify(joins.map((r) => r.status)),
    ).toBe(true);
    const facts = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM memberships WHERE branch_id = ?1 AND user_id = ?2) AS memberships,
              (SELECT uses FROM invites WHERE code = ?3) AS uses,
              (SELECT member_count FROM branches WHERE id = ?1) AS memberCount`,
    )
      .bind(world.branchId, worker.id, code)
      .first();
    expect(facts).toEqual({ memberships: 1, uses: 1, memberCount: countBefore + 1 });
  });

  it(`uploading photos past the limit of ${MAX_PHOTOS}: ${MAX_PHOTOS} kept, the rest refused and nothing of them left in R2`, async () => {
    const world = await makeWorld();
    const feedback = await call('POST', `/api/branches/${world.branchId}/feedback`, {
      token: world.people.masses.token,
      body: { category: 'hazard', text: '基坑边没有护栏，夜里很危险', anonymous: false },
    });
    const objectsBefore = (await env.PHOTOS.list({ prefix: 'feedback/' })).objects.length;
    const uploads = await times(MAX_PHOTOS + 4, () =>
      call('POST', `/api/feedback/${feedback.body.id}/photos`, {
        token: world.people.masses.token,
        rawBody: JPEG,
        headers: { 'content-type': 'image/jpeg' },
      }),
    );
    const statuses = uploads.map((res) => res.status).sort();
    expect(statuses).toEqual([...Array(MAX_PHOTOS).fill(201), ...Array(4).fill(409)]);
    const kept = await env.DB.prepare('SELECT object_key AS key FROM feedback_photos WHERE feedback_id = ?1')
      .bind(feedback.body.id)
      .all<{ key: string }>();
    expect(kept.results).toHaveLength(MAX_PHOTOS);
    const objects = (await env.PHOTOS.list({ prefix: 'feedback/' })).objects;
    expect(objects.length - objectsBefore).toBe(MAX_PHOTOS);
    for (const { key } of kept.results) expect(await env.PHOTOS.head(key)).not.toBeNull();
  });

  it('the cron scoring an attempt while its owner submits it: scored once, and never again', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 2 });
    const contestId = await makeContest(world, bank, { draw: [{ type: 'single', count: 2 }] });
    const answerOf = new Map(bank.questions.map((q) => [q.id, q.answer]));
    const token = world.people.member.token;
    const attempt = (await call('POST', `/api/contests/${contestId}/attempts`, { token })).body as {
      id: string;
      questions: { id: string }[];
    };
    for (const q of attempt.questions)
      await call('PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, { token, body: { answer: answerOf.get(q.id) } });
    // Time ran out a moment ago: the cron may score it, and the owner's 交卷 arrives at the same time.
    await env.DB.prepare('UPDATE attempts SET deadline = ?2 WHERE id = ?1')
      .bind(attempt.id, Date.now() - 1)
      .run();
    const scored = () =>
      env.DB.prepare(
        `SELECT a.submitted_at AS submittedAt, a.score, (SELECT count(*) FROM contest_entries e WHERE e.contest_id = a.contest_id AND e.user_id = a.user_id) AS entries
         FROM attempts a WHERE a.id = ?1`,
      )
        .bind(attempt.id)
        .first<{ submittedAt: number; score: number; entries: number }>();

    const [, submit] = await Promise.all([runScheduled(env), call('POST', `/api/attempts/${attempt.id}/submit`, { token })]);
    expect(submit.status).toBe(200);
    const first = await scored();
    expect(first).toMatchObject({ score: 4, entries: 1 }); // two right answers, 2 points each
    expect(submit.body.score).toBe(first!.score);

    // Later runs and a repeated 交卷 change nothing: the time it was scored stays the first one.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await Promise.all([runScheduled(env), call('POST', `/api/attempts/${attempt.id}/submit`, { token })]);
    await runScheduled(env, Date.now() + 60_000);
    expect(await scored()).toEqual(first);
  });
});
