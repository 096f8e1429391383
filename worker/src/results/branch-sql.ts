/**
 * The statements a branch's results read — the dashboard, 三会一课 compliance and the ledger share
 * them; named so the query-plan test reads the same SQL.
 */

/** The dashboard's statements. */
export const DASHBOARD_SQL = {
  events: `SELECT id, title, kind, starts_at, checkin_closes_at, audience, checkin_count AS present, late_count AS late,
      offline_count AS offline, roster_count AS roster, makeup_count AS makeup, pending_count AS pending, leave_count AS on_leave
    FROM events WHERE branch_id = :branchId AND starts_at >= :from AND starts_at < :to AND status = 'published' AND ends_at <= :now
    ORDER BY starts_at`,
  roster: `SELECT m.user_id, u.name, m.role, m.work_team, m.joined_at
    FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.branch_id = :branchId`,
  feedback: `SELECT coalesce(sum(received), 0) AS received, coalesce(sum(resolved), 0) AS resolved,
      coalesce(sum(resolved_in_time), 0) AS resolved_in_time, coalesce(sum(rated), 0) AS rated, coalesce(sum(satisfied), 0) AS satisfied
    FROM branch_month_feedback WHERE branch_id = :branchId AND month IN (SELECT value FROM json_each(:months))`,
  contests: `SELECT c.id, c.title, CASE WHEN c.branch_id IS NULL THEN 'region' ELSE 'branch' END AS scope,
      c.max_score, c.opens_at, c.closes_at, coalesce(s.participants, 0) AS participants, coalesce(s.score_sum, 0) AS score_sum
    FROM contests c LEFT JOIN contest_branch_stats s ON s.branch_id = :branchId AND s.contest_id = c.id
    WHERE (c.branch_id = :branchId OR (c.branch_id IS NULL AND c.region_id = (SELECT region_id FROM branches WHERE id = :branchId)))
      AND c.opens_at < :to AND c.closes_at > :from ORDER BY c.opens_at`,
  // What is open or overdue now, from the months that still have some (partial indexes, migration 0023):
  // a branch's years of answered feedback are not read.
  overdueNow: `SELECT coalesce(sum(overdue_open), 0) AS overdue_now FROM branch_month_feedback INDEXED BY branch_month_feedback_overdue
    WHERE branch_id = :branchId AND overdue_open <> 0`,
  feedbackStates: `SELECT f.category, f.status, sum(f.count) AS count FROM json_each(:months) mo CROSS JOIN branch_month_feedback_states f
    WHERE f.branch_id = :branchId AND f.month = mo.value GROUP BY f.category, f.status`,
  openNow: `SELECT coalesce(sum(count), 0) AS open_now FROM branch_month_feedback_states INDEXED BY branch_month_feedback_states_open
    WHERE branch_id = :branchId AND status NOT IN ('resolved', 'declined') AND count <> 0`,
  // From the roster, one look-up per member and month (CROSS JOIN keeps SQLite to that order): people
  // who came once and have left keep their months, and must not be read.
  months: `SELECT a.user_id, a.attended, a.on_leave
    FROM memberships m CROSS JOIN json_each(:months) mo CROSS JOIN member_month_attendance a
    WHERE m.branch_id = :branchId AND a.branch_id = m.branch_id AND a.month = mo.value AND a.user_id = m.user_id`,
};

/** The 三会一课 meetings of a span (`:kinds`: the kinds, as JSON). */
export const COMPLIANCE_MEETINGS_SQL = `SELECT kind, starts_at, ends_at FROM events
  WHERE branch_id = :branchId AND starts_at >= :from AND starts_at < :to AND status = 'published'
    AND kind IN (SELECT value FROM json_each(:kinds))`;
