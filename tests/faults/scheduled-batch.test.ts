/**
 * Nothing half-written by the cron run either (scoring, overdue marking, housekeeping): its one D1
 * batch, each statement in turn swapped for one that fails, leaves the database as it was; run
 * whole, it does the work. The routes' batches: partial-writes.test.ts.
 */
import { runScheduled } from '@sitebranch/worker/scheduled';
import { call, makeBank, makeContest, makeWorld, snapshotDatabase } from '@sitebranch/worker/testing';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { changedTables, faultyD1, type Injection, passThrough } from './fault-injection';

afterEach(() => vi.restoreAllMocks());

describe('a batch that fails part-way writes nothing', () => {
  it('the cron run (scoring, overdue marking, housekeeping) is one batch that fails whole', async () => {
    // Something for each part to do: an attempt whose time ran out, feedback past its deadline.
    const world = await makeWorld();
    const contestId = await makeContest(world, await makeBank(world, { single: 2 }), { draw: [{ type: 'single', count: 2 }] });
    const attempt = (await call('POST', `/api/contests/${contestId}/attempts`, { token: world.people.member.token })).body as {
      id: string;
    };
    await env.DB.prepare('UPDATE attempts SET deadline = ?2 WHERE id = ?1')
      .bind(attempt.id, Date.now() - 1)
      .run();
    const feedback = await call('POST', `/api/branches/${world.branchId}/feedback`, {
      token: world.people.masses.token,
      body: { category: 'hazard', text: '脚手架扣件松动', anonymous: false },
    });
    await env.DB.prepare('UPDATE feedback SET accept_due_at = ?2 WHERE id = ?1')
      .bind(feedback.body.id, Date.now() - 1)
      .run();

    // The batch's size, learnt without running it.
    let size = 0;
    const sizer = new Proxy(env.DB, {
      get: (target, key) =>
        key === 'batch'
          ? async (statements: D1PreparedStatement[]) => {
              size = statements.length;
              throw new Error('sized');
            }
          : passThrough(target, key),
    });
    await expect(runScheduled({ ...env, DB: sizer })).rejects.toThrow('sized');
    expect(size).toBeGreaterThan(2);

    const before = await snapshotDatabase();
    for (let position = 0; position < size; position++) {
      const injection: Injection = { before: null, after: null, failed: false };
      await expect(runScheduled({ ...env, DB: faultyD1(env.DB, 0, position, injection) })).rejects.toThrow();
      expect(injection.failed).toBe(true);
      expect(changedTables(before, await snapshotDatabase()), `statement ${position + 1} of ${size}`).toEqual([]);
    }
    // Run whole, the same batch does the work the failures undid.
    await runScheduled(env);
    const scored = await env.DB.prepare('SELECT submitted_at IS NOT NULL AS done FROM attempts WHERE id = ?1')
      .bind(attempt.id)
      .first<{ done: number }>();
    const overdue = await env.DB.prepare('SELECT overdue FROM feedback WHERE id = ?1').bind(feedback.body.id).first<{ overdue: number }>();
    expect({ scored: scored?.done, overdue: overdue?.overdue }).toEqual({ scored: 1, overdue: 1 });
  });
});
