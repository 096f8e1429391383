/**
 * The real D1, proxied: `watchedD1` records each batch's size and whether it wrote; `faultyD1`
 * swaps one statement of one batch for one that fails, and keeps the database just before that
 * batch and just after its failure.
 */
import { snapshotDatabase } from '@sitebranch/worker/testing';

export function passThrough(target: D1Database, key: string | symbol) {
  const value: unknown = Reflect.get(target, key);
  return typeof value === 'function' ? value.bind(target) : value;
}

/** A statement D1 refuses when it runs: the table does not exist. */
const FAILING_SQL = 'INSERT INTO fault_injected_here (x) VALUES (1)';

export interface SeenBatch {
  size: number;
  /** Whether the batch, run whole, changed the database. */
  wrote: boolean;
}

type Snapshot = Awaited<ReturnType<typeof snapshotDatabase>>;
export const changed = (a: Snapshot, b: Snapshot) => JSON.stringify(a) !== JSON.stringify(b);
export const changedTables = (a: Snapshot, b: Snapshot) =>
  Object.keys(b).filter((table) => JSON.stringify(a[table]) !== JSON.stringify(b[table]));

/** The real D1, with `batch` watched: each batch's size and whether it wrote. */
export function watchedD1(real: D1Database, seen: SeenBatch[]): D1Database {
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

export interface Injection {
  /** The database just before the batch and just after it failed; null if the batch was never reached. */
  before: Snapshot | null;
  after: Snapshot | null;
  failed: boolean;
}

/** The real D1 with statement `position` of the `batchIndex`-th batch swapped for a failing one. */
export function faultyD1(real: D1Database, batchIndex: number, position: number, injection: Injection): D1Database {
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
