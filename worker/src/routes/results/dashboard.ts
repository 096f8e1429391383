/** The branch dashboard: one batch of reads, none of them over check-ins, leaves, contest entries or feedback (see `results/branch-dashboard`). */
import { cstMonthKeys, endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../../env';
import { implement } from '../../http/implement';
import { DASHBOARD_SQL } from '../../results/branch-sql';
import { requestedPeriod } from '../../results/requested-period';
import { branchDashboard, type ContestStats, type FeedbackMonths, type FeedbackState, type HeldEvent, type MemberMonth, type RosterRow } from '../../results/branch-dashboard';

export const dashboardRoutes = new Hono<AppEnv>();

implement(dashboardRoutes, endpoints.getBranchDashboard, async ({ c, params, query }) => {
  const now = Date.now();
  const period = requestedPeriod(query.period, now);
  const d1 = c.env.DB;
  const monthKeys = JSON.stringify(cstMonthKeys(period));
  const [events, roster, months, feedback, overdue, contests, states, open] = await d1.batch([
    d1.prepare(DASHBOARD_SQL.events).bind(params.id, period.startsAt, period.endsAt, now),
    d1.prepare(DASHBOARD_SQL.roster).bind(params.id),
    d1.prepare(DASHBOARD_SQL.months).bind(params.id, monthKeys),
    d1.prepare(DASHBOARD_SQL.feedback).bind(params.id, monthKeys),
    d1.prepare(DASHBOARD_SQL.overdueNow).bind(params.id),
    d1.prepare(DASHBOARD_SQL.contests).bind(params.id, period.startsAt, period.endsAt),
    d1.prepare(DASHBOARD_SQL.feedbackStates).bind(params.id, monthKeys),
    d1.prepare(DASHBOARD_SQL.openNow).bind(params.id),
  ]);
  const kept = {
    ...(feedback!.results[0] as FeedbackMonths),
    overdueNow: (overdue!.results[0] as { overdueNow: number }).overdueNow,
    openNow: (open!.results[0] as { openNow: number }).openNow,
    states: states!.results as FeedbackState[],
  };
  return branchDashboard(period, events!.results as HeldEvent[], roster!.results as RosterRow[], months!.results as MemberMonth[], kept, contests!.results as ContestStats[]);
});
