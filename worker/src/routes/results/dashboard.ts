/** The branch dashboard: one batch of reads, none of them over check-ins, leaves, contest entries or feedback (see `results/branch-dashboard`). */
import { cstMonthKeys, endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import { camelRows, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { implement } from '../../http/implement';
import { DASHBOARD_SQL } from '../../results/branch-sql';
import { requestedPeriod } from '../../results/requested-period';
import {
  branchDashboard,
  type ContestStats,
  type FeedbackMonths,
  type FeedbackState,
  type HeldEvent,
  type MemberMonth,
  type RosterRow,
} from '../../results/branch-dashboard';

export const dashboardRoutes = new Hono<AppEnv>();

implement(dashboardRoutes, endpoints.getBranchDashboard, async ({ c, params, query }) => {
  const now = Date.now();
  const period = requestedPeriod(query.period, now);
  const d1 = c.env.DB;
  const monthly = { branchId: params.id, months: JSON.stringify(cstMonthKeys(period)) };
  const results = await d1.batch<Record<string, unknown>>([
    sql(d1, DASHBOARD_SQL.events, { branchId: params.id, from: period.startsAt, to: period.endsAt, now }),
    sql(d1, DASHBOARD_SQL.roster, { branchId: params.id }),
    sql(d1, DASHBOARD_SQL.months, monthly),
    sql(d1, DASHBOARD_SQL.feedback, monthly),
    sql(d1, DASHBOARD_SQL.overdueNow, { branchId: params.id }),
    sql(d1, DASHBOARD_SQL.contests, { branchId: params.id, from: period.startsAt, to: period.endsAt }),
    sql(d1, DASHBOARD_SQL.feedbackStates, monthly),
    sql(d1, DASHBOARD_SQL.openNow, { branchId: params.id }),
  ]);
  const [events, roster, months, feedback, overdue, contests, states, open] = results.map((r) => camelRows(r.results));
  const kept = {
    ...(feedback![0] as FeedbackMonths),
    overdueNow: (overdue![0] as { overdueNow: number }).overdueNow,
    openNow: (open![0] as { openNow: number }).openNow,
    states: states as FeedbackState[],
  };
  return branchDashboard(period, events as HeldEvent[], roster as RosterRow[], months as MemberMonth[], kept, contests as ContestStats[]);
});
