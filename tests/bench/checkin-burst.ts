/**
 * The morning-meeting burst (DESIGN.md: 500 people checking in within one minute at one site),
 * measured against the real worker (`wrangler dev`, workerd, D1 on local SQLite) on this machine.
 * Makes N people in the demo site, opens an event, then sends their check-ins with C at a time.
 * Part of `npm run bench` (BENCH_PEOPLE=500 BENCH_CONCURRENCY=50). `GET /api/health` is sent the
 * same way in the same run: the ratio of the two says how close a check-in comes to what the runtime
 * allows on this machine, whatever the machine.
 */
import { codeWindowAt, qrToken } from '@sitebranch/shared';
import { costs, demoSiteWorkers, json, percentile, pool, type D1Cost, type Figure } from './lib';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);

/** Requests per second of `send` for each of `items`, `CONCURRENCY` at a time, with latencies. */
async function load<T>(items: T[], send: (item: T) => Promise<number>) {
  const latencies: number[] = [];
  const started = performance.now();
  const statuses = await pool(items, CONCURRENCY, async (item) => {
    const t0 = performance.now();
    const status = await send(item);
    latencies.push(performance.now() - t0);
    return status;
  });
  return { perSecond: items.length / ((performance.now() - started) / 1000), latencies, statuses };
}

export async function benchCheckins(base: string): Promise<Figure[]> {
  const secretary = (await json(base, 'POST', '/api/auth/dev', undefined, { name: '张建国' })).body.token as string;
  const now = Date.now();
  const event = await json(base, 'POST', '/api/branches/demo-site/events', secretary, {
    kind: 'training',
    title: '班前会压测',
    placeName: '工地',
    startsAt: now,
    endsAt: now + 3_600_000,
  });
  const key = (await json(base, 'GET', `/api/events/${event.body.id}/code`, secretary)).body.key as string;
  const tokens = await demoSiteWorkers(base, `压测工人${now % 100_000}-`, PEOPLE);

  const health = await load(tokens, async () => (await fetch(`${base}/api/health`)).status);
  const checkinCosts: (D1Cost | undefined)[] = [];
  const checkins = await load(tokens, async (token) => {
    const res = await json(base, 'POST', `/api/events/${event.body.id}/checkins`, token, {
      token: qrToken(key, event.body.id, codeWindowAt(Date.now())),
    });
    checkinCosts.push(res.cost);
    return res.status;
  });
  const cost = costs(checkinCosts);
  const attendance = await json(base, 'GET', `/api/events/${event.body.id}/attendance`, secretary);
  const ok = checkins.statuses.filter((s) => s === 200).length;
  const ratio = checkins.perSecond / health.perSecond;
  return [
    {
      measure: `check-ins, ${PEOPLE} people, ${CONCURRENCY} at a time`,
      value: `${checkins.perSecond.toFixed(0)}/s, p50 ${percentile(checkins.latencies, 50)} ms, p99 ${percentile(checkins.latencies, 99)} ms`,
    },
    {
      measure: `GET /api/health, same load`,
      value: `${health.perSecond.toFixed(0)}/s, p50 ${percentile(health.latencies, 50)} ms, p99 ${percentile(health.latencies, 99)} ms`,
    },
    { measure: 'check-ins per second ÷ health per second', value: ratio.toFixed(2), target: '≥ 0.5', ok: ratio >= 0.5 },
    {
      measure: 'D1 per check-in (from D1’s own metadata)',
      value: cost.text,
      target: '1 round trip, ≤ 10 rows read, the same at both sizes',
      ok: cost.maxRoundTrips === 1 && cost.maxRowsRead <= 10,
      same: cost.rowsRead,
    },
    {
      measure: 'check-ins answered 200 and present in attendance',
      value: `${ok} and ${attendance.body.present} of ${PEOPLE}`,
      target: `${PEOPLE} and ${PEOPLE}`,
      ok: ok === PEOPLE && attendance.body.present === PEOPLE,
    },
  ];
}
