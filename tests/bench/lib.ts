/** Helpers for the benchmarks: JSON calls to the local worker, a concurrency pool, percentiles. */

/** One measured figure, with the target it is held to when the issue or DESIGN.md gives one. */
export interface Figure {
  measure: string;
  value: string;
  target?: string;
  /** False when the figure misses its target (or a check of the run failed). */
  ok?: boolean;
}

export async function json(base: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
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
  return pool(Array.from({ length: count }, (_, i) => i), 20, async (i) => {
    const token = (await json(base, 'POST', '/api/auth/dev', undefined, { name: `${prefix}${i}` })).body.token as string;
    await json(base, 'POST', '/api/invites/JZGD8888/join', token);
    return token;
  });
}
