/**
 * Nothing half-written: every route that writes with a multi-statement D1 batch is called (from the
 * matrix's table, as a role allowed to), and each statement of each such batch in turn is swapped for
 * one that fails. The database just before that batch and just after its failure must be the same:
 * D1 runs a batch as one transaction, and this proves the routes lean on that rather than on
 * statements sent one by one. The database is the real one (workerd, D1 on SQLite); only the
 * failing statement is injected.
 */
import { runScheduled } from '@sitebranch/worker/scheduled';
import { call, makeBank, makeContest, makeWorld, MATRIX_ROLES, mockWechat, snapshotDatabase, type MatrixRole } from '@sitebranch/worker/testing';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MATRIX, type Cell } from '../authz/cells';

function passThrough(target: D1Database, key: string | symbol) {
  const value: unknown = Reflect.get(target, key);
  return typeof value === 'function' ? value.bind(target) : value;
}

/** A statement D1 refuses when it runs: the table does not exist. */
const FAILING_SQL = 'INSERT INTO fault_injected_here (x) VALUES (1)';

interface SeenBatch {
  size: number;
  /** Whether the batch, run whole, changed the database. */
  wrote: boolean;
}

type Snapshot = Awaited<ReturnType<typeof snapshotDatabase>>;
const changed = (a: Snapshot, b: Snapshot) => JSON.stringify(a) !== JSON.stringify(b);
const changedTables = (a: Snapshot, b: Snapshot) => Object.keys(b).filter((table) => JSON.stringify(a[table]) !== JSON.stringify(b[table]));

/** The real D1, with `batch` watched: each batch's size and whether it wrote. */
function watchedD1(real: D1Database, seen: SeenBatch[]): D1Database {
  return new Proxy(real, {
    get(target, key) {
      if (key !== 'batch') return passThrough(target, key);
      return async (statements: D1PreparedStatement[]) => {
        const before = await snapshotDatabase();
        const results = await target.batch(statements);
        seen.push({ size: statements.length, wrote: changed(before, await snapshotDatabase()) });
        return results;
      };
    },
  });
}

interface Injection {
  /** The database just before the batch and just after it failed; null if the batch was never reached. */
  before: Snapshot | null;
  after: Snapshot | null;
  failed: boolean;
}

/** The real D1 with statement `position` of the `batchIndex`-th batch swapped for a failing one. */
function faultyD1(real: D1Database, batchIndex: number, position: number, injection: Injection): D1Database {
  let batches = 0;
  return new Proxy(real, {
    get(target, key) {
      if (key !== 'batch') return passThrough(target, key);
      return async (statements: D1PreparedStatement[]) => {
        if (batches++ !== batchIndex) return target.batch(statements);
        injection.before = await snapshotDatabase();
        const swapped = statements.map((statement, i) => (i === position ? target.prepare(FAILING_SQL) : statement));
        try {
          return await target.batch(swapped);
        } catch (error) {
          injection.failed = true;
          throw error;
        } finally {
          injection.after = await snapshotDatabase();
        }
      };
    },
  });
}

/** The first role the table lets call the route with success. */
function allowedRole(cell: Cell): MatrixRole | undefined {
  return MATRIX_ROLES.find((role) => cell.expect[role] >= 200 && cell.expect[role] < 300);
}

/** Calls the route in a fresh world; `before` is the database once the world is made, just before the call. */
async function callCell(route: string, cell: Cell, role: MatrixRole, db: D1Database) {
  const world = await makeWorld();
  const token = role === 'none' ? undefined : world.people[role].token;
  const path = await cell.path(world);
  const input = cell.rawBody ? { rawBody: cell.rawBody(), headers: { 'content-type': 'text/csv' } } : { body: await cell.body?.(world) };
  const before = await snapshotDatabase();
  const res = await call(route.split(' ')[0]!, path, { token, ...input, bindings: { ...env, DB: db } });
  return { res, before, after: await snapshotDatabase() };
}

const WRITES = Object.entries(MATRIX).filter(([route]) => !route.startsWith('GET '));

afterEach(() => vi.restoreAllMocks());

/** Routes seen writing with a batch of several statements. */
const batching = new Set<string>();

describe('a batch that fails part-way writes nothing', () => {
  it.each(WRITES.filter(([, cell]) => allowedRole(cell)))('%s', async (route, cell) => {
    const role = allowedRole(cell)!;
    mockWechat(() => Response.json({ openid: `faults-${crypto.randomUUID()}`, session_key: 'k' }));
    const seen: SeenBatch[] = [];
    const { res: ok } = await callCell(route, cell, role, watchedD1(env.DB, seen));
    expect(ok.status, JSON.stringify(ok.body)).toBe(cell.expect[role]);

    const problems: string[] = [];
    for (const [batchIndex, batch] of seen.entries()) {
      if (!batch.wrote || batch.size < 2) continue;
      batching.add(route);
      for (let position = 0; position < batch.size; position++) {
        const injection: Injection = { before: null, after: null, failed: false };
        const { res, before, after } = await callCell(route, cell, role, faultyD1(env.DB, batchIndex, position, injection));
        const where = `batch ${batchIndex + 1} of ${seen.length}, statement ${position + 1} of ${batch.size}`;
        if (!injection.before) problems.push(`${where}: not reached`);
        else if (!injection.failed) problems.push(`${where}: the failing statement did not fail`);
        else if (changed(injection.before, injection.after!)) problems.push(`${where}: wrote part of the batch`);
        else if (changed(before, after)) problems.push(`${where}: the request wrote ${changedTables(before, after).join(', ')} though its batch failed`);
        // The failure is the server's (500, the JSON error shape), never a success that wrote nothing.
        if (res.status < 500) problems.push(`${where}: answered ${res.status} though its write failed`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the cron run (scoring, overdue marking, housekeeping) is one batch that fails whole', async () => {
    // Something for each part to do: an attempt whose time ran out, feedback past its deadline.
    const world = await makeWorld();
    const contestId = await makeContest(world, await makeBank(world, { single: 2 }), { draw: [{ type: 'single', count: 2 }] });
    const attempt = (await call('POST', `/api/contests/${contestId}/attempts`, { token: world.people.member.token })).body as { id: string };
    await env.DB.prepare('UPDATE attempts SET deadline = ?2 WHERE id = ?1').bind(attempt.id, Date.now() - 1).run();
    const feedback = await call('POST', `/api/branches/${world.branchId}/feedback`, { token: world.people.masses.token, body: { category: 'hazard', text: '脚手架扣件松动', anonymous: false } });
    await env.DB.prepare('UPDATE feedback SET accept_due_at = ?2 WHERE id = ?1').bind(feedback.body.id, Date.now() - 1).run();

    // The batch's size, learnt without running it.
    let size = 0;
    const sizer = new Proxy(env.DB, {
      get: (target, key) => (key === 'batch' ? async (statements: D1PreparedStatement[]) => ((size = statements.length), Promise.reject(new Error('sized'))) : passThrough(target, key)),
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
    const scored = await env.DB.prepare('SELECT submitted_at IS NOT NULL AS done FROM attempts WHERE id = ?1').bind(attempt.id).first<{ done: number }>();
    const overdue = await env.DB.prepare('SELECT overdue FROM feedback WHERE id = ?1').bind(feedback.body.id).first<{ overdue: number }>();
    expect({ scored: scored?.done, overdue: overdue?.overdue }).toEqual({ scored: 1, overdue: 1 });
  });

  it('reached the routes that write in batches', () => {
    // Guards the cases above against passing by reaching nothing: runs after them (vitest keeps file order).
    expect(batching.size).toBeGreaterThanOrEqual(20);
  });
});
