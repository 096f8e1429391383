/**
 * The contest's last minutes (DESIGN.md: 100+ submits a second in a region-wide contest), measured
 * against the real worker (`wrangler dev`, workerd, D1 on local SQLite) on this machine. N people
 * start the demo region contest and save every answer; then all submit, C at a time, and the
 * submits per second and their latency are measured, and every score checked against the answers.
 * Part of `npm run bench` (BENCH_PEOPLE=500 BENCH_CONCURRENCY=50).
 */
import { costs, demoSiteWorkers, json, percentile, pool, type D1Cost, type Figure } from './lib';

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);

export async function benchContest(base: string): Promise<Figure[]> {
  const admin = (await json(base, 'POST', '/api/auth/dev', undefined, { name: '周明' })).body.token as string;
  // The demo bank's answer key, as the region admin sees it (never the phones).
  const key = new Map<string, string>();
  for (let offset = 0, total = 1; offset < total; offset += 50) {
    const page = (await json(base, 'GET', `/api/banks/demo-bank-region/questions?offset=${offset}`, admin)).body;
    total = page.total;
    for (const q of page.questions) key.set(q.id, q.answer);
  }

  const tokens = await demoSiteWorkers(base, `竞赛压测${Date.now() % 100_000}-`, PEOPLE);
  const saveLatencies: number[] = [];
  const saveCosts: (D1Cost | undefined)[] = [];
  const submitCosts: (D1Cost | undefined)[] = [];
  const savesStarted = performance.now();
  const attempts = await pool(tokens, CONCURRENCY, async (token) => {
    const attempt = (await json(base, 'POST', '/api/contests/demo-contest-region/attempts', token, {})).body;
    let expected = 0;
    for (const [n, q] of (attempt.questions as { id: string; points: number }[]).entries()) {
      const right = n % 3 !== 0;
      const answer = right ? key.get(q.id)! : 'F';
      if (right) expected += q.points;
      const t0 = performance.now();
      saveCosts.push((await json(base, 'PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, token, { answer })).cost);
      saveLatencies.push(performance.now() - t0);
    }
    return { token, attemptId: attempt.id as string, expected };
  });
  const savesPerSecond = saveLatencies.length / ((performance.now() - savesStarted) / 1000);

  const latencies: number[] = [];
  const started = performance.now();
  const results = await pool(attempts, CONCURRENCY, async ({ token, attemptId, expected }) => {
    const t0 = performance.now();
    const res = await json(base, 'POST', `/api/attempts/${attemptId}/submit`, token, {});
    latencies.push(performance.now() - t0);
    submitCosts.push(res.cost);
    return { ok: res.status === 200, right: res.body.score === expected };
  });
  const seconds = (performance.now() - started) / 1000;
  const ok = results.filter((r) => r.ok).length;
  const right = results.filter((r) => r.right).length;
  const save = costs(saveCosts);
  const submit = costs(submitCosts);
  return [
    {
      measure: `answer saves, ${saveLatencies.length}, ${CONCURRENCY} people at a time (with their starts)`,
      value: `${savesPerSecond.toFixed(0)}/s, p50 ${percentile(saveLatencies, 50)} ms, p99 ${percentile(saveLatencies, 99)} ms`,
    },
    {
      measure: 'D1 per answer save',
      value: save.text,
      target: '1 round trip, the same at both sizes',
      ok: save.maxRoundTrips === 1,
      same: save.rowsRead,
    },
    {
      measure: `20-answer submits, ${PEOPLE} people, ${CONCURRENCY} at a time`,
      value: `${(PEOPLE / seconds).toFixed(0)}/s, p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms`,
      target: '≥ 100/s (DESIGN.md)',
      ok: PEOPLE / seconds >= 100,
    },
    {
      measure: 'D1 per 20-answer submit',
      value: submit.text,
      target: '1 round trip, the same at both sizes',
      ok: submit.maxRoundTrips === 1,
      same: submit.rowsRead,
    },
    {
      measure: 'submits answered 200, scores right',
      value: `${ok} and ${right} of ${PEOPLE}`,
      target: `${PEOPLE} and ${PEOPLE}`,
      ok: ok === PEOPLE && right === PEOPLE,
    },
  ];
}
