/** The branch dashboard: one batch of reads, none of them over check-ins, leaves, contest entries or feedback (see `results/branch-dashboard`). */
import { cstMonthKeys, endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { implement } from '../http/implement';
import { requestedPeriod } from '../results/requested-period';
import { branchDashboard, type ContestStats, type FeedbackMonths, type FeedbackState, type HeldEvent, type MemberMonth, type RosterRow } from '../results/branch-dashboard';

export const dashboardRoutes = new Hono<AppEnv>();

/** The dashboard's statements, named so the query-plan test reads the same SQL. */
export const DASHBOARD_SQL = {
  events: `SELECT id, title, kind, starts_at AS startsAt, signin_closes_at AS signinClosesAt, audience, checkin_count AS present, late_count AS late,
      offline_count AS offline, roster_count AS roster, makeup_count AS makeup, pending_count AS pending, leave_count AS onLeave
    FROM events WHERE branch_id = ?1 AND starts_at >= ?2 AND starts_at < ?3 AND status = 'published' AND ends_at <= ?4 ORDER BY starts_at`,
  roster: `SELECT m.user_id AS userId, u.name, m.role, m.work_team AS workTeam, m.joined_at AS joinedAt
    FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.branch_id = ?1`,
  feedback: `SELECT coalesce(sum(received), 0) AS received, coalesce(sum(resolved), 0) AS resolved, coalesce(sum(resolved_in_time), 0) AS resolvedInTime,
      coalesce(sum(rated), 0) AS rated, coalesce(sum(satisfied), 0) AS satisfied
    FROM branch_month_feedback WHERE branch_id = ?1 AND month IN (SELECT value FROM json_each(?2))`,
  contests: `SELECT c.id, c.title, CASE WHEN c.branch_id IS NULL THEN 'region' ELSE 'branch' END AS scope, c.max_score AS maxScore, c.opens_at AS opensAt, c.closes_at AS closesAt,
      coalesce(s.participants, 0) AS participants, coalesce(s.score_sum, 0) AS scoreSum
    FROM contests c LEFT JOIN contest_branch_stats s ON s.branch_id = ?1 AND s.contest_id = c.id
    WHERE (c.branch_id = ?1 OR (c.branch_id IS NULL AND c.region_id = (SELECT region_id FROM branches WHERE id = ?1)))
      AND c.opens_at < ?3 AND c.closes_at > ?2 ORDER BY c.opens_at`,
  overdueNow: `SELECT coalesce(sum(overdue_open), 0) AS overdueNow FROM branch_month_feedback WHERE branch_id = ?1`,
  feedbackStates: `SELECT f.category, f.status, sum(f.count) AS count FROM json_each(?2) mo CROSS JOIN branch_month_feedback_states f
    WHERE f.branch_id = ?1 AND f.month = mo.value GROUP BY f.category, f.status`,
  openNow: `SELECT coalesce(sum(count), 0) AS openNow FROM branch_month_feedback_states WHERE branch_id = ?1 AND status NOT IN ('resolved', 'declined')`,
  // From the roster, one look-up per member and month (CROSS JOIN keeps SQLite to that order): people
  // who came once and have left keep their months, and must not be read.
  months: `SELECT a.user_id AS userId, a.attended, a.on_leave AS onLeave
    FROM memberships m CROSS JOIN json_each(?2) mo CROSS JOIN member_month_attendance a
    WHERE m.branch_id = ?1 AND a.branch_id = m.branch_id AND a.month = mo.value AND a.user_id = m.user_id`,
};

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
