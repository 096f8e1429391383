/**
 * Every branch's figures over a period, for the region dashboard and the ranking. One batch of
 * reads, each from rows kept up to date by triggers — each event's counters and expected count
 * (migrations 0015, 0018), each branch's feedback months (0016), each branch's contest entries
 * (0017) — so rows read grow with branches, the period's events and months, never with check-ins,
 * answers, feedback or the months before the period. Each statement starts from the region's
 * branches (CROSS JOIN keeps SQLite to that order).
 */
import {
  compliance,
  COMPLIANCE_KINDS,
  complianceRate,
  cstMonthKeys,
  DEFAULT_COMPLIANCE_TARGETS,
  percent,
  periodsIn,
  type BranchKind,
  type BranchRates,
  type ComplianceRow,
  type ComplianceTargets,
  type MeetingRecord,
  type Period,
} from '@sitebranch/shared';
import { camelRows, sql } from '../db/sql';

export const REGION_SQL = {
  branches: `SELECT id, name, kind, member_count AS members, compliance_targets AS targets, created_at
    FROM branches WHERE region_id = :regionId ORDER BY created_at`,
  // The quarters around the period: a quarterly 三会一课 rule looked at in one month reads its whole quarter.
  events: `SELECT e.branch_id, e.kind, e.starts_at, e.ends_at, e.expected_count AS expected,
      e.checkin_count AS present, e.leave_count AS on_leave
    FROM branches b CROSS JOIN events e
    WHERE b.region_id = :regionId AND e.branch_id = b.id AND e.starts_at >= :from AND e.starts_at < :to AND e.status = 'published'`,
  feedback: `SELECT f.branch_id, sum(f.received) AS received, sum(f.resolved) AS resolved, sum(f.resolved_in_time) AS resolved_in_time,
      sum(f.rated) AS rated, sum(f.satisfied) AS satisfied
    FROM branches b CROSS JOIN json_each(:months) mo CROSS JOIN branch_month_feedback f
    WHERE b.region_id = :regionId AND f.branch_id = b.id AND f.month = mo.value GROUP BY f.branch_id`,
  // Only the months that still have overdue items (a partial index, migration 0023), not every branch's every month.
  overdueNow: `SELECT f.branch_id, sum(f.overdue_open) AS overdue_now
    FROM branches b CROSS JOIN branch_month_feedback f INDEXED BY branch_month_feedback_overdue
    WHERE b.region_id = :regionId AND f.branch_id = b.id AND f.overdue_open <> 0 GROUP BY f.branch_id`,
  contests: `SELECT id, title, max_score FROM contests
    WHERE region_id = :regionId AND branch_id IS NULL AND opens_at < :to AND closes_at > :from ORDER BY opens_at`,
  contestEntries: `SELECT s.contest_id, s.branch_id, s.participants, s.score_sum
    FROM contests c CROSS JOIN branches b CROSS JOIN contest_branch_stats s
    WHERE c.region_id = :regionId AND c.branch_id IS NULL AND c.opens_at < :to AND c.closes_at > :from
      AND b.region_id = :regionId AND s.branch_id = b.id AND s.contest_id = c.id`,
};

interface BranchRow {
  id: string;
  name: string;
  kind: BranchKind;
  members: number;
  targets: string | null;
  createdAt: number;
}
interface EventRow extends MeetingRecord {
  branchId: string;
  expected: number;
  present: number;
  onLeave: number;
}
interface FeedbackRow {
  branchId: string;
  received: number;
  resolved: number;
  resolvedInTime: number;
  rated: number;
  satisfied: number;
}
export interface RegionContest {
  id: string;
  title: string;
  maxScore: number;
}
export interface ContestEntryRow {
  contestId: string;
  branchId: string;
  participants: number;
  scoreSum: number;
}

/** One branch's figures: the rates the ranking compares, and the sums the dashboard adds up. */
export interface BranchFigures extends BranchRates {
  held: EventRow[];
  attendance: { expected: number; present: number; onLeave: number };
  compliance: ComplianceRow[];
  feedback: Omit<FeedbackRow, 'branchId'> & { overdueNow: number };
  contestEntries: ContestEntryRow[];
}

export interface RegionFigures {
  period: Period;
  branches: BranchFigures[];
  contests: RegionContest[];
}

/** The statements to batch, in the order `regionFigures` reads their results. */
export function regionStatements(d1: D1Database, regionId: string, period: Period) {
  const quarters = periodsIn(period, 'quarter');
  const from = quarters[0]!.startsAt;
  const to = quarters.at(-1)!.endsAt;
  const inPeriod = { regionId, from: period.startsAt, to: period.endsAt };
  return [
    sql(d1, REGION_SQL.branches, { regionId }),
    sql(d1, REGION_SQL.events, { regionId, from, to }),
    sql(d1, REGION_SQL.feedback, { regionId, months: JSON.stringify(cstMonthKeys(period)) }),
    sql(d1, REGION_SQL.overdueNow, { regionId }),
    sql(d1, REGION_SQL.contests, inPeriod),
    sql(d1, REGION_SQL.contestEntries, inPeriod),
  ];
}

const NO_FEEDBACK = { received: 0, resolved: 0, resolvedInTime: 0, rated: 0, satisfied: 0 };

export function regionFigures(period: Period, now: number, results: D1Result<Record<string, unknown>>[]): RegionFigures {
  const [branchRows, eventRows, feedbackRows, overdueRows, contestRows, entryRows] = results.map((r) => camelRows(r.results)) as [
    BranchRow[],
    EventRow[],
    FeedbackRow[],
    { branchId: string; overdueNow: number }[],
    RegionContest[],
    ContestEntryRow[],
  ];
  const byBranch = <T extends { branchId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row.branchId, [...(map.get(row.branchId) ?? []), row]);
    return map;
  };
  const events = byBranch(eventRows);
  const feedback = new Map(feedbackRows.map((f) => [f.branchId, f]));
  const overdue = new Map(overdueRows.map((o) => [o.branchId, o.overdueNow]));
  const entries = byBranch(entryRows);

  const branches = branchRows.map((b): BranchFigures => {
    const all = events.get(b.id) ?? [];
    // Attendance counts the period's events that are over; compliance reads the quarters around it.
    const held = all.filter((e) => e.startsAt >= period.startsAt && e.startsAt < period.endsAt && e.endsAt <= now);
    const sum = (key: 'expected' | 'present' | 'onLeave') => held.reduce((n, e) => n + e[key], 0);
    const attendance = { expected: sum('expected'), present: sum('present'), onLeave: sum('onLeave') };
    const targets: ComplianceTargets = b.targets ? JSON.parse(b.targets) : DEFAULT_COMPLIANCE_TARGETS;
    const meetings = all.filter((e) => (COMPLIANCE_KINDS as readonly string[]).includes(e.kind));
    const complianceRows = compliance(period, targets, meetings, now, b.createdAt);
    const { branchId: _, ...kept } = feedback.get(b.id) ?? { branchId: b.id, ...NO_FEEDBACK };
    const myEntries = entries.get(b.id) ?? [];
    const participants = myEntries.reduce((n, e) => n + e.participants, 0);
    return {
      branchId: b.id,
      name: b.name,
      kind: b.kind,
      members: b.members,
      eventsHeld: held.length,
      attendanceRate: percent(attendance.present, attendance.expected),
      complianceRate: complianceRate(complianceRows),
      feedbackReceived: kept.received,
      feedbackInTimeRate: percent(kept.resolvedInTime, kept.resolved),
      satisfactionRate: percent(kept.satisfied, kept.rated),
      contestParticipationRate: percent(participants, b.members * contestRows.length),
      inactive: held.length === 0 && kept.received === 0 && participants === 0,
      held,
      attendance,
      compliance: complianceRows,
      feedback: { ...kept, overdueNow: overdue.get(b.id) ?? 0 },
      contestEntries: myEntries,
    };
  });
  return { period, branches, contests: contestRows };
}
