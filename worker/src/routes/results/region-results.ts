/** The region console's figures: the dashboard and the ranking, from one batch of kept figures (see `results/region-figures`). */
import { endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { implement } from '../../http/implement';
import { ranking } from '../../results/ranking';
import { regionDashboard } from '../../results/region-dashboard';
import { regionFigures, regionStatements } from '../../results/region-figures';
import { requestedPeriod } from '../../results/requested-period';

export const regionResultRoutes = new Hono<AppEnv>();

async function loadFigures(d1: D1Database, regionId: string, periodKey: string | undefined) {
  const now = Date.now();
  const period = requestedPeriod(periodKey, now);
  return regionFigures(period, now, await d1.batch<Record<string, unknown>>(regionStatements(d1, regionId, period)));
}

implement(regionResultRoutes, endpoints.getRegionDashboard, async ({ c, params, query }) => {
  return regionDashboard(await loadFigures(c.env.DB, params.id, query.period));
});

implement(regionResultRoutes, endpoints.getRegionRanking, async ({ c, params, query }) => {
  const figures = await loadFigures(c.env.DB, params.id, query.period);
  const kind = query.kind ?? 'attendance';
  const sort = query.sort ?? 'desc';
  const rates = figures.branches.map(({ held: _h, attendance: _a, compliance: _c, feedback: _f, contestEntries: _e, ...rest }) => rest);
  return { period: figures.period, kind, sort, rows: ranking(rates, kind, sort) };
});
