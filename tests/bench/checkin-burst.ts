/**
 * The morning-meeting burst (DESIGN.md: 500 people signing in within one minute at one site),
 * measured against the real worker (`wrangler dev`, workerd, D1 on local SQLite) on this machine.
 * Makes N people in the demo site, opens an event, then sends their check-ins with C at a time.
 * Run: pnpm --filter @sitebranch/tests bench:checkin  (BENCH_PEOPLE=500 BENCH_CONCURRENCY=50)
 */
import { codeWindowAt, qrToken } from '@sitebranch/shared';
import { startLocalWorker } from '../e2e/local-worker';
import { demoSiteWorkers, json, percentile, pool } from './lib';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);

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
  const tokens = await demoSiteWorkers(base, '压测工人', PEOPLE);
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
  const attendance = await json(base, 'GET', `/api/events/${event.body.id}/attendance`, secretary);
  const ok = statuses.filter((s) => s === 200).length;
  console.log(`${PEOPLE} check-ins, ${CONCURRENCY} at a time: ${seconds.toFixed(1)} s, ${(PEOPLE / seconds).toFixed(0)} per second; latency p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms`);
  console.log(`answers 200: ${ok}/${PEOPLE}; present in attendance: ${attendance.body.present}`);
  if (ok !== PEOPLE || attendance.body.present !== PEOPLE) process.exitCode = 1;
} finally {
  await worker.stop();
}
