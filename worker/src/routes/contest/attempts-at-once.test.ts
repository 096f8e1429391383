/** Attempts under load: 500 members starting, answering and submitting at once. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeContest, makeWorld, tokenFor } from '../../../test/fixtures';
import { keyOf, save, start } from './attempt-test-helpers';

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
