/**
 * A D1 binding that counts what the worker asks of the database: round trips, statements, and
 * the rows D1 reports read and written. It wraps the real D1 (nothing is simulated), so the
 * figures are the ones D1 bills and slows by. `first()` is answered through `all()` so that its
 * meta can be counted; `raw()` gives no meta, so it is counted as unmetered.
 *
 * Tests wrap the binding with it directly; `npm run bench` turns it on in `wrangler dev` with the
 * D1_METER variable, and each answer then says what it cost in a `d1-meter` header.
 */
import { D1_METER_HEADER } from '@sitebranch/shared';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';

export interface D1Meter {
  roundTrips: number;
  statements: number;
  rowsRead: number;
  rowsWritten: number;
  unmetered: number;
  /** Each statement's SQL (first line) and the rows it read, for a failure message that says where. */
  perStatement: { sql: string; rowsRead: number }[];
}

const INNER = Symbol('inner statement');
const SQL = Symbol('statement sql');

type Wrapped = { [INNER]: D1PreparedStatement; [SQL]: string };

export function meteredD1(real: D1Database): { db: D1Database; meter: D1Meter; reset(): void } {
  const meter: D1Meter = { roundTrips: 0, statements: 0, rowsRead: 0, rowsWritten: 0, unmetered: 0, perStatement: [] };
  const count = (sqls: string[], results: D1Result[]) => {
    meter.roundTrips += 1;
    meter.statements += results.length;
    results.forEach((r, i) => {
      meter.rowsRead += r.meta.rows_read ?? 0;
      meter.rowsWritten += r.meta.rows_written ?? 0;
      meter.perStatement.push({ sql: sqls[i]!.trim().split('\n')[0]!, rowsRead: r.meta.rows_read ?? 0 });
    });
  };

  const wrap = (inner: D1PreparedStatement, sql: string): D1PreparedStatement =>
    ({
      [INNER]: inner,
      [SQL]: sql,
      bind: (...values: unknown[]) => wrap(inner.bind(...values), sql),
      async run() {
        const result = await inner.run();
        count([sql], [result]);
        return result;
      },
      async all() {
        const result = await inner.all();
        count([sql], [result]);
        return result;
      },
      async first(column?: string) {
        const result = await inner.all<Record<string, unknown>>();
        count([sql], [result]);
        const row = result.results[0];
        if (row === undefined) return null;
        return column === undefined ? row : row[column];
      },
      raw(options?: { columnNames?: boolean }) {
        meter.roundTrips += 1;
        meter.unmetered += 1;
        return inner.raw(options as { columnNames: true });
      },
    }) as unknown as D1PreparedStatement;

  const db = new Proxy(real, {
    get(target, property) {
      if (property === 'prepare') return (query: string) => wrap(target.prepare(query), query);
      if (property === 'batch') {
        return async (statements: D1PreparedStatement[]) => {
          const wrapped = statements as unknown as Wrapped[];
          const results = await target.batch(wrapped.map((s) => s[INNER]));
          count(
            wrapped.map((s) => s[SQL]),
            results,
          );
          return results;
        };
      }
      const value = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  const reset = () => Object.assign(meter, { roundTrips: 0, statements: 0, rowsRead: 0, rowsWritten: 0, unmetered: 0, perStatement: [] });
  return { db, meter, reset };
}

/**
 * With D1_METER=on (the bench sets it; deployed workers leave it unset), each request's D1 use is
 * metered and reported in its answer. Runs before everything that touches the database.
 */
export const d1MeterMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  if (c.env.D1_METER !== 'on') return next();
  const { db, meter } = meteredD1(c.env.DB);
  c.env = { ...c.env, DB: db };
  await next();
  c.res.headers.set(
    D1_METER_HEADER,
    `round-trips=${meter.roundTrips}, rows-read=${meter.rowsRead}, rows-written=${meter.rowsWritten}, unmetered=${meter.unmetered}`,
  );
});
