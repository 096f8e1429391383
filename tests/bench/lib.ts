/** Helpers for the benchmarks: JSON calls to the local worker, a concurrency pool, percentiles. */
import { D1_METER_HEADER } from '@sitebranch/shared';

/** One measured figure, with the target it is held to when the issue or DESIGN.md gives one. */
export interface Figure {
  measure: string;
  value: string;
  target?: string;
  /** False when the figure misses its target (or a check of the run failed). */
  ok?: boolean;
  /** A count that must come out the same at both data sizes (rows read): the run compares them. */
  same?: number;
}

/** What one request cost in D1, as the worker reports it when the bench runs it with D1_METER=on. */
export interface D1Cost {
  roundTrips: number;
  rowsRead: number;
  rowsWritten: number;
}

function d1Cost(header: string | null): D1Cost | undefined {
  if (!header) return undefined;
  const figures = Object.fromEntries(header.split(', ').map((pair) => pair.split('=') as [string, string]));
  return {
    roundTrips: Number(figures['round-trips']),
    rowsRead: Number(figures['rows-read']),
    rowsWritten: Number(figures['rows-written']),
  };
}

/**
 * A JSON answer as the benchmarks and the browser and soak tests read it: field by field, as each
 * expects it to be, without a type per endpoint. A wrong expectation fails the test (or the
 * benchmark's check) at once; the API's own types are checked by the worker and the app.
 */
// biome-ignore lint/suspicious/noExplicitAny: on purpose (see above): these tests read answers loosely in a hundred places, where `unknown` would need a cast or a schema at each.
export type LooseJson = any;

export async function json(base: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as LooseJson, cost: d1Cost(res.headers.get(D1_METER_HEADER)) };
}

/** The median of some requests' D1 costs, and the largest, e.g. "1 round trip, 4 rows read (max 6), 3 written". */
export function costs(list: (D1Cost | undefined)[]) {
  const known = list.filter((c): c is D1Cost => c !== undefined);
  if (known.length < list.length) throw new Error('a request came back without its D1 cost: is the worker running with D1_METER=on?');
  const median = (key: keyof D1Cost) => [...known].sort((a, b) => a[key] - b[key])[Math.floor(known.length / 2)]![key];
  const max = (key: keyof D1Cost) => Math.max(...known.map((c) => c[key]));
  return {
    roundTrips: median('roundTrips'),
    maxRoundTrips: max('roundTrips'),
    rowsRead: median('rowsRead'),
    maxRowsRead: max('rowsRead'),
    rowsWritten: median('rowsWritten'),
    text: `${median('roundTrips')} round trip(s) (max ${max('roundTrips')}), ${median('rowsRead')} rows read (max ${max('rowsRead')}), ${median('rowsWritten')} written`,
  };
}

/** Runs `task` for every item, `limit` at a time. */
export async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await task(items[index]!);
      }
    }),
  );
  return results;
}

/** The p-th percentile of some latencies, in whole milliseconds. */
export function percentile(latencies: number[], p: number): string {
  const sorted = [...latencies].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(0);
}

/** `count` new people of the demo site (dev login, then the site's invite code), `limit` at a time. */
export async function demoSiteWorkers(base: string, prefix: string, count: number): Promise<string[]> {
  return pool(
    Array.from({ length: count }, (_, i) => i),
    20,
    async (i) => {
      const token = (await json(base, 'POST', '/api/auth/dev', undefined, { name: `${prefix}${i}` })).body.token as string;
      await json(base, 'POST', '/api/invites/JZGD8888/join', token);
      return token;
    },
  );
}
