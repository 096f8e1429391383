/**
 * What the secretary and the bureau open every month: the branch dashboard (demo site, its
 * secretary), the region dashboard and the ranking of the region's 250 branches (the region admin),
 * for this month. Each is asked for one after another, and its latency and the rows D1 read for it
 * are measured. The current month holds the same data at both sizes, so rows read must be the same
 * at both: the years of history behind it must cost nothing. This year is measured as well, without
 * a target: its cost follows what happened in the year, which the large set has more of.
 */
import { RANKING_KINDS } from '@sitebranch/shared';
import { costs, json, percentile, type D1Cost, type Figure } from './lib';

const REQUESTS = Number(process.env.BENCH_DASHBOARD_REQUESTS ?? 40);

async function measure(base: string, token: string, label: string, path: string, withTarget: boolean): Promise<Figure> {
  const latencies: number[] = [];
  const spent: (D1Cost | undefined)[] = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const res = await json(base, 'GET', path, token);
    latencies.push(performance.now() - t0);
    if (res.status !== 200) throw new Error(`${path} answered ${res.status}: ${JSON.stringify(res.body)}`);
    spent.push(res.cost);
  }
  const cost = costs(spent);
  return {
    measure: label,
    value: `p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms; ${cost.text}`,
    ...(withTarget && { target: 'rows read the same at both sizes', same: cost.rowsRead }),
  };
}

export async function benchDashboards(base: string): Promise<Figure[]> {
  const secretary = (await json(base, 'POST', '/api/auth/dev', undefined, { name: '张建国' })).body.token as string;
  const admin = (await json(base, 'POST', '/api/auth/dev', undefined, { name: '周明' })).body.token as string;
  const year = String(new Date(Date.now() + 8 * 3_600_000).getUTCFullYear());
  const figures = [
    await measure(base, secretary, 'branch dashboard, this month', '/api/branches/demo-site/dashboard', true),
    await measure(base, admin, 'region dashboard (250 branches), this month', '/api/regions/demo-region/dashboard', true),
  ];
  for (const kind of RANKING_KINDS)
    figures.push(await measure(base, admin, `ranking by ${kind}, this month`, `/api/regions/demo-region/ranking?kind=${kind}`, true));
  figures.push(await measure(base, secretary, 'branch dashboard, this year', `/api/branches/demo-site/dashboard?period=${year}`, false));
  figures.push(await measure(base, admin, 'region dashboard, this year', `/api/regions/demo-region/dashboard?period=${year}`, false));
  return figures;
}
