/**
 * The branch's feedback counters (migrations 0016 and 0019) against a recount from the raw rows after a
 * random sequence of writes: submits (some sent to the region), accept, resolve in time or late,
 * decline, reopen, overdue marks, ratings — every row change the feedback routes make, in SQL.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/random';
import { makeWorld } from '../../test/fixtures';

const DAY = 86_400_000;
const MONTH = `strftime('%Y-%m', (created_at + 28800000) / 1000, 'unixepoch')`;

describe('the feedback counters', () => {
  it.each([7, 8, 9])('match a recount from the raw rows after 200 random writes (seed %i)', async (seed) => {
    const next = seededRandom(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const world = await makeWorld();
    const ids: string[] = [];
    // Around the turn of a month in China: 2025-10-31 23:00 and 2025-11-01 01:00 CST fall in different months.
    const times = [Date.UTC(2025, 9, 31, 15), Date.UTC(2025, 9, 31, 17), Date.UTC(2025, 10, 20, 2)];
    for (let step = 0; step < 200; step++) {
      const roll = next();
      if (roll < 0.25 || ids.length === 0) {
        const id = crypto.randomUUID();
        ids.push(id);
        const createdAt = pick(times);
        await env.DB.prepare(
          `INSERT INTO feedback (id, branch_id, category, routed_to, text, anonymous, status, accept_due_at, resolve_due_at, created_at, updated_at)
           VALUES (?1, ?2, ?3, ?4, '测试反馈内容', 0, 'submitted', ?5, ?6, ?5, ?5)`,
        )
          .bind(
            id,
            world.branchId,
            pick(['hazard', 'integrity', 'request']),
            next() < 0.2 ? 'region' : 'branch',
            createdAt,
            createdAt + 10 * DAY,
          )
          .run();
        continue;
      }
      const id = pick(ids);
      const row = (await env.DB.prepare('SELECT created_at AS createdAt, resolve_due_at AS due FROM feedback WHERE id = ?1')
        .bind(id)
        .first<{ createdAt: number; due: number }>())!;
      if (roll < 0.45) {
        const closedAt = row.due + (next() < 0.5 ? -DAY : DAY);
        await env.DB.prepare(`UPDATE feedback SET status = ?2, closed_at = ?3, updated_at = ?3 WHERE id = ?1`)
          .bind(id, pick(['resolved', 'declined']), closedAt)
          .run();
      } else if (roll < 0.6) {
        await env.DB.prepare(`UPDATE feedback SET status = ?2, closed_at = NULL, resolve_due_at = resolve_due_at + ?3 WHERE id = ?1`)
          .bind(id, pick(['accepted', 'in_progress', 'submitted']), DAY)
          .run();
      } else if (roll < 0.75) {
        await env.DB.prepare(`UPDATE feedback SET overdue = ?2 WHERE id = ?1`)
          .bind(id, next() < 0.7 ? 1 : 0)
          .run();
      } else if (roll < 0.95) {
        await env.DB.prepare(`UPDATE feedback SET rating = ?2 WHERE id = ?1`)
          .bind(id, next() < 0.15 ? null : 1 + Math.floor(next() * 5))
          .run();
      } else {
        await env.DB.prepare('DELETE FROM feedback WHERE id = ?1').bind(id).run();
        ids.splice(ids.indexOf(id), 1);
      }
    }
    const kept = await env.DB.prepare(
      `SELECT month, received, resolved, resolved_in_time AS inTime, rated, satisfied, overdue_open AS overdueOpen FROM branch_month_feedback
       WHERE branch_id = ?1 AND (received <> 0 OR resolved <> 0 OR rated <> 0 OR overdue_open <> 0) ORDER BY month`,
    )
      .bind(world.branchId)
      .all();
    const recount = await env.DB.prepare(
      `SELECT ${MONTH} AS month, count(*) AS received, sum(status = 'resolved') AS resolved,
         sum(status = 'resolved' AND coalesce(closed_at <= resolve_due_at, 0)) AS inTime, sum(rating IS NOT NULL) AS rated,
         sum(coalesce(rating, 0) >= 4) AS satisfied, sum(overdue = 1 AND status NOT IN ('resolved', 'declined')) AS overdueOpen
       FROM feedback WHERE branch_id = ?1 AND routed_to = 'branch' GROUP BY month ORDER BY month`,
    )
      .bind(world.branchId)
      .all();
    expect(kept.results).toEqual(recount.results);
    expect(recount.results.length).toBe(2);
    // By category and status (migration 0019).
    const keptStates = await env.DB.prepare(
      `SELECT month, category, status, count FROM branch_month_feedback_states WHERE branch_id = ?1 AND count <> 0 ORDER BY month, category, status`,
    )
      .bind(world.branchId)
      .all();
    const recountStates = await env.DB.prepare(
      `SELECT ${MONTH} AS month, category, status, count(*) AS count FROM feedback WHERE branch_id = ?1 AND routed_to = 'branch'
       GROUP BY month, category, status ORDER BY month, category, status`,
    )
      .bind(world.branchId)
      .all();
    expect(keptStates.results).toEqual(recountStates.results);
    expect(new Set(recountStates.results.map((r) => r.status)).size).toBeGreaterThan(2);
  });
});
