/**
 * Nothing half-written: every route that writes with a multi-statement D1 batch is called (from the
 * matrix's table, as a role allowed to), and each statement of each such batch in turn is swapped for
 * one that fails. The database just before that batch and just after its failure must be the same:
 * D1 runs a batch as one transaction, and this proves the routes lean on that rather than on
 * statements sent one by one. The database is the real one (workerd, D1 on SQLite); only the
 * failing statement is injected. (The cron run's batch: scheduled-batch.test.ts.)
 */
import { mockWechat } from '@sitebranch/worker/testing';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CASES, callCase } from './cases';
import { changed, changedTables, faultyD1, type Injection, type SeenBatch, watchedD1 } from './fault-injection';

afterEach(() => vi.restoreAllMocks());

/** Routes seen writing with a batch of several statements. */
const batching = new Set<string>();

describe('a batch that fails part-way writes nothing', () => {
  it.each(CASES)('%s', async (route, one) => {
    mockWechat(() => Response.json({ openid: `faults-${crypto.randomUUID()}`, session_key: 'k' }));
    const seen: SeenBatch[] = [];
    const { res: ok } = await callCase(one, watchedD1(env.DB, seen));
    expect(ok.status, JSON.stringify(ok.body)).toBe(one.status);

    const problems: string[] = [];
    for (const [batchIndex, batch] of seen.entries()) {
      if (!batch.wrote || batch.size < 2) continue;
      batching.add(route);
      for (let position = 0; position < batch.size; position++) {
        const injection: Injection = { before: null, after: null, failed: false };
        const { res, before, after } = await callCase(one, faultyD1(env.DB, batchIndex, position, injection));
        const where = `batch ${batchIndex + 1} of ${seen.length}, statement ${position + 1} of ${batch.size}`;
        if (!injection.before) problems.push(`${where}: not reached`);
        else if (!injection.failed) problems.push(`${where}: the failing statement did not fail`);
        else if (changed(injection.before, injection.after!)) problems.push(`${where}: wrote part of the batch`);
        else if (changed(before, after))
          problems.push(`${where}: the request wrote ${changedTables(before, after).join(', ')} though its batch failed`);
        // The failure is the server's (500, the JSON error shape), never a success that wrote nothing.
        if (res.status < 500) problems.push(`${where}: answered ${res.status} though its write failed`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('reached the routes that write in batches', () => {
    // Guards the cases above against passing by reaching nothing: runs after them (vitest keeps file order).
    expect(batching.size).toBeGreaterThanOrEqual(26);
  });
});
