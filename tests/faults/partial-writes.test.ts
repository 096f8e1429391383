/**
 * Nothing half-written: every route that writes with a multi-statement D1 batch is called (from the
 * matrix's table, as a role allowed to), and each statement of each such batch in turn is swapped for
 * one that fails. The database just before that batch and just after its failure must be the same:
 * D1 runs a batch as one transaction, and this proves the routes lean on that rather than on
 * statements sent one by one. The database is the real one (workerd, D1 on SQLite); only the
 * failing statement is injected.
 */
import { runScheduled } from '@sitebranch/worker/scheduled';
import {
  call,
  makeBank,
  makeContest,
  makeWorld,
  MATRIX_ROLES,
  mockWechat,
  snapshotDatabase,
  type MatrixRole,
  type World,
} from '@sitebranch/worker/testing';
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

/** One request to make in a fresh world, as one role. */
interface Case {
  method: string;
  role: MatrixRole;
  path: (world: World) => string | Promise<string>;
  body?: (world: World) => unknown | Promise<unknown>;
  rawBody?: () => string | Uint8Array;
  status: number;
}

/** A matrix cell as a case, called by the first role the table lets succeed; null if none may. */
function caseOf(route: string, cell: Cell): Case | null {
  const role = MATRIX_ROLES.find((r) => cell.expect[r] >= 200 && cell.expect[r] < 300);
  return role
    ? { method: route.split(' ')[0]!, role, path: cell.path, body: cell.body, rawBody: cell.rawBody, status: cell.expect[role] }
    : null;
}

const feedbackMoved = async (w: World, ...steps: [string, string?][]) => {
  const id = (
    await call('POST', `/api/branches/${w.branchId}/feedback`, {
      token: w.people.masses.token,
      body: { category: 'request', text: '宿舍热水器坏了一周，请尽快维修', anonymous: false },
    })
  ).body.id as string;
  for (const [to, note] of steps)
    await call('POST', `/api/feedback/${id}/transitions`, { token: w.people.committee.token, body: { to, ...(note && { note }) } });
  return id;
};
const confirmedTicket = async (w: World) => {
  const headers = { 'cf-connecting-ip': `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  const ticket = (await call('POST', '/api/auth/tickets', { headers })).body as { id: string; secret: string };
  await call('POST', `/api/auth/tickets/${ticket.id}/scan`, { token: w.people.member.token });
  await call('POST', `/api/auth/tickets/${ticket.id}/confirm`, { token: w.people.member.token, body: { approve: true } });
  return ticket;
};
const perWorld = <T>(make: (w: World) => Promise<T>) => {
  const made = new WeakMap<World, Promise<T>>();
  return (w: World) => {
    let promise = made.get(w);
    if (!promise) {
      promise = make(w);
      made.set(w, promise);
    }
    return promise;
  };
};
const resolvedOf = perWorld((w) => feedbackMoved(w, ['accepted'], ['resolved', '已处理']));
const ticketOf = perWorld(confirmedTicket);

/** Batches the matrix's cells do not reach: their state has to be made first. */
const BEYOND_THE_MATRIX: Record<string, Case> = {
  'a rating of resolved feedback (不满意 reopens it)': {
    method: 'POST',
    role: 'masses',
    status: 200,
    path: async (w) => `/api/feedback/${await resolvedOf(w)}/rating`,
    body: () => ({ level: 2, comment: '还是坏的' }),
  },
  'the submitter reopening resolved feedback': {
    method: 'POST',
    role: 'masses',
    status: 200,
    path: async (w) => `/api/feedback/${await resolvedOf(w)}/transitions`,
    body: () => ({ to: 'reopened', note: '没有修好' }),
  },
  'a computer collecting its confirmed login': {
    method: 'POST',
    role: 'none',
    status: 200,
    path: async (w) => `/api/auth/tickets/${(await ticketOf(w)).id}/session`,
    body: async (w) => ({ secret: (await ticketOf(w)).secret }),
  },
  'a question file of several questions': {
    method: 'POST',
    role: 'committee',
    status: 200,
    path: async (w) => `/api/banks/${(await makeBank(w, { single: 1 })).bankId}/import`,
    rawBody: () => '题型,题干,选项A,选项B,答案\r\n单选,故障注入的第一道题,甲,乙,A\r\n判断,故障注入的第二道题,,,正确\r\n',
  },
  'a member changing their work team': {
    method: 'PATCH',
    role: 'member',
    status: 200,
    path: (w) => `/api/me/memberships/${w.branchId}`,
    body: () => ({ workTeam: '故障注入班' }),
  },
};

/** Makes the case's world; `before` is the database once it is made, just before the request. */
async function callCase(one: Case, db: D1Database) {
  const world = await makeWorld();
  const token = one.role === 'none' ? undefined : world.people[one.role].token;
  const path = await one.path(world);
  const input = one.rawBody ? { rawBody: one.rawBody(), headers: { 'content-type': 'text/csv' } } : { body: await one.body?.(world) };
  const before = await snapshotDatabase();
  const res = await call(one.method, path, { token, ...input, bindings: { ...env, DB: db } });
  return { res, before, after: await snapshotDatabase() };
}

const CASES: [string, Case][] = [
  ...Object.entries(MATRIX)
    .filter(([route]) => !route.startsWith('GET '))
    .flatMap(([route, cell]): [string, Case][] => {
      const one = caseOf(route, cell);
      return one ? [[route, one]] : [];
    }),
  ...Object.entries(BEYOND_THE_MATRIX),
];

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

  it('reached the routes that write in batches', () => {
    // Guards the cases above against passing by reaching nothing: runs after them (vitest keeps file order).
    expect(batching.size).toBeGreaterThanOrEqual(26);
  });
});
