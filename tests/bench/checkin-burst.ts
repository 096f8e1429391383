/**
 * The morning-meeting burst (DESIGN.md: 500 people signing in within one minute at one site),
 * measured against the real worker (`wrangler dev`, workerd, D1 on local SQLite) on this machine.
 * Makes N people in the demo site, opens an event, then sends their check-ins with C at a time.
 * Run: pnpm --filter @sitebranch/tests bench:checkin  (BENCH_PEOPLE=500 BENCH_CONCURRENCY=50)
 */
import { codeWindowAt, qrToken } from '@sitebranch/shared';
import { startLocalWorker } from '../e2e/local-worker';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);

async function json(base: string, method: string, path: string, token?: string, body?: unknown) {
  const res = await fetch(base + path, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** Runs `task` for every item, `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
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

const worker = await startLocalWorker();
try {
  const base = worker.baseUrl;
  const secretary = (await json(base, 'POST', '/api/auth/dev', undefined, { name: '张建国' })).body.token as string;
  const now = Date.now();
  const event = await json(base, 'POST', '/api/branches/demo-site/events', secretary, {
    kind: 'training', title: '班前会压测', placeName: '工地', startsAt: now, endsAt: now + 3_600_000,
  });
  const key = (await json(base, 'GET', `/api/events/${event.body.id}/code`, secretary)).body.key as string;

  process.stdout.write(`making ${PEOPLE} people… `);
  const tokens = await pool(Array.from({ length: PEOPLE }, (_, i) => i), 20, async (i) => {
    const token = (await json(base, 'POST', '/api/auth/dev', undefined, { name: `压测工人${i}` })).body.token as string;
    await json(base, 'POST', '/api/invites/JZGD8888/join', token);
    return token;
  });
  console.log('done');

  const latencies: number[] = [];
  const started = performance.now();
  const statuses = await pool(tokens, CONCURRENCY, async (token) => {
    const t0 = performance.now();
    const res = await json(base, 'POST', `/api/events/${event.body.id}/checkins`, token, { token: qrToken(key, event.body.id, codeWindowAt(Date.now())) });
    latencies.push(performance.now() - t0);
    return res.status;
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(0);
  const attendance = await json(base, 'GET', `/api/events/${event.body.id}/attendance`, secretary);
  const ok = statuses.filter((s) => s === 200).length;
  console.log(`${PEOPLE} check-ins, ${CONCURRENCY} at a time: ${seconds.toFixed(1)} s, ${(PEOPLE / seconds).toFixed(0)} per second; latency p50 ${pct(50)} ms, p99 ${pct(99)} ms`);
  console.log(`answers 200: ${ok}/${PEOPLE}; present in attendance: ${attendance.body.present}`);
  if (ok !== PEOPLE || attendance.body.present !== PEOPLE) process.exitCode = 1;
} finally {
  await worker.stop();
}
