/**
 * The contests' per-branch counters (migration 0017) against a recount of the entries after random
 * writes: an entry made, rewritten with another score or (a person who moved) another branch, removed.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/random';

describe('the contest counters', () => {
  it.each([4, 5])('match a recount of the entries after 300 random writes (seed %i)', async (seed) => {
    const next = seededRandom(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const tag = crypto.randomUUID();
    const contests = [`${tag}-c1`, `${tag}-c2`];
    const branches = [`${tag}-b1`, `${tag}-b2`];
    const people = Array.from({ length: 12 }, (_, i) => `${tag}-u${i}`);
    for (let step = 0; step < 300; step++) {
      const roll = next();
      const contestId = pick(contests);
      const userId = pick(people);
      if (roll < 0.5) {
        await env.DB.prepare(
          `INSERT INTO contest_entries (contest_id, user_id, branch_id, score, time_used_ms, attempt_id, updated_at) VALUES (?1, ?2, ?3, ?4, 1000, 'a', 0)
           ON CONFLICT (contest_id, user_id) DO UPDATE SET score = excluded.score, branch_id = excluded.branch_id`,
        )
          .bind(contestId, userId, pick(branches), Math.floor(next() * 100))
          .run();
      } else if (roll < 0.8) {
        await env.DB.prepare('UPDATE contest_entries SET score = ?3 WHERE contest_id = ?1 AND user_id = ?2')
          .bind(contestId, userId, Math.floor(next() * 100))
          .run();
      } else {
        await env.DB.prepare('DELETE FROM contest_entries WHERE contest_id = ?1 AND user_id = ?2').bind(contestId, userId).run();
      }
    }
    const inList = `(SELECT value FROM json_each(?1))`;
    const kept = await env.DB.prepare(
      `SELECT contest_id AS contestId, branch_id AS branchId, participants, score_sum AS scoreSum FROM contest_branch_stats
       WHERE contest_id IN ${inList} AND participants <> 0 ORDER BY contest_id, branch_id`,
    )
      .bind(JSON.stringify(contests))
      .all();
    const recount = await env.DB.prepare(
      `SELECT contest_id AS contestId, branch_id AS branchId, count(*) AS participants, sum(score) AS scoreSum FROM contest_entries
       WHERE contest_id IN ${inList} GROUP BY contest_id, branch_id ORDER BY contest_id, branch_id`,
    )
      .bind(JSON.stringify(contests))
      .all();
    expect(kept.results).toEqual(recount.results);
    expect(recount.results.length).toBe(4);
  });
});
