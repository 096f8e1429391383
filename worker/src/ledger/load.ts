/**
 * What the ledger (台账) lists over a span, in one batch. Unlike the dashboards it lists people —
 * who came, who was absent — so it reads the span's check-ins and leaves; an export is asked for
 * once a month, not on every page view.
 */
import {
  COMPLIANCE_KINDS,
  periodsIn,
  type BranchKind,
  type BranchRole,
  type EventKind,
  type FeedbackCategory,
  type FeedbackStatus,
  type Period,
} from '@sitebranch/shared';
import { COMPLIANCE_MEETINGS_SQL, DASHBOARD_SQL } from '../results/branch-sql';
import type { ContestStats } from '../results/branch-dashboard';
import { camelRows, sql } from '../db/sql';

export interface LedgerBranch {
  name: string;
  kind: BranchKind;
  projectName: string | null;
  address: string;
  regionName: string;
  targets: string | null;
  createdAt: number;
}
export interface LedgerMember {
  userId: string;
  name: string | null;
  role: BranchRole;
  workTeam: string | null;
  joinedAt: number;
}
export interface LedgerEvent {
  id: string;
  kind: EventKind;
  title: string;
  placeName: string;
  organizer: string | null;
  startsAt: number;
  endsAt: number;
  checkinClosesAt: number;
  audience: 'members' | 'everyone';
  late: number;
  offline: number;
  roster: number;
  makeup: number;
}
export interface LedgerFeedback {
  category: FeedbackCategory;
  text: string;
  place: string | null;
  anonymous: number;
  submitter: string | null;
  status: FeedbackStatus;
  createdAt: number;
  acceptDueAt: number;
  resolveDueAt: number;
  closedAt: number | null;
  rating: number | null;
}

export interface LedgerData {
  span: Period;
  now: number;
  branch: LedgerBranch;
  roster: LedgerMember[];
  events: LedgerEvent[];
  /** Confirmed check-ins and approved leaves at those events. */
  present: { eventId: string; userId: string; late: number }[];
  onLeave: { eventId: string; userId: string }[];
  meetings: { kind: EventKind; startsAt: number; endsAt: number }[];
  contests: ContestStats[];
  feedback: LedgerFeedback[];
}

const HELD = `e.branch_id = :branchId AND e.starts_at >= :from AND e.starts_at < :to AND e.status = 'published' AND e.ends_at <= :now`;

export const LEDGER_SQL = {
  branch: `SELECT b.name, b.kind, b.project_name, b.address, r.name AS region_name, b.compliance_targets AS targets, b.created_at
    FROM branches b JOIN regions r ON r.id = b.region_id WHERE b.id = :branchId`,
  roster: `SELECT m.user_id, u.name, m.role, m.work_team, m.joined_at
    FROM memberships m JOIN users u ON u.id = m.user_id WHERE m.branch_id = :branchId
    ORDER BY CASE m.role WHEN 'secretary' THEN 0 WHEN 'committee' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, m.work_team, u.name`,
  events: `SELECT e.id, e.kind, e.title, e.place_name, u.name AS organizer, e.starts_at, e.ends_at, e.checkin_closes_at, e.audience,
      e.late_count AS late, e.offline_count AS offline, e.roster_count AS roster, e.makeup_count AS makeup
    FROM events e LEFT JOIN users u ON u.id = e.created_by WHERE ${HELD} ORDER BY e.starts_at`,
  present: `SELECT c.event_id, c.user_id, c.late FROM events e CROSS JOIN checkins c
    WHERE ${HELD} AND c.event_id = e.id AND c.status = 'confirmed'`,
  onLeave: `SELECT l.event_id, l.user_id FROM events e CROSS JOIN leaves l
    WHERE ${HELD} AND l.event_id = e.id AND l.status = 'approved'`,
  // Only feedback the branch handles; 廉政监督 only when the reader may handle it (:seesIntegrity).
  feedback: `SELECT f.category, f.text, f.place, f.anonymous, CASE WHEN f.anonymous = 1 THEN NULL ELSE u.name END AS submitter, f.status,
      f.created_at, f.accept_due_at, f.resolve_due_at, f.closed_at, f.rating
    FROM feedback f LEFT JOIN users u ON u.id = f.user_id
    WHERE f.branch_id = :branchId AND f.created_at >= :from AND f.created_at < :to AND f.routed_to = 'branch'
      AND (:seesIntegrity = 1 OR f.category <> 'integrity')
    ORDER BY f.created_at`,
};

export async function loadLedger(d1: D1Database, branchId: string, span: Period, now: number, seesIntegrity: boolean): Promise<LedgerData> {
  const quarters = periodsIn(span, 'quarter');
  const held = { branchId, from: span.startsAt, to: span.endsAt, now };
  const quarterSpan = { branchId, from: quarters[0]!.startsAt, to: quarters.at(-1)!.endsAt, kinds: JSON.stringify(COMPLIANCE_KINDS) };
  const results = await d1.batch<Record<string, unknown>>([
    sql(d1, LEDGER_SQL.branch, { branchId }),
    sql(d1, LEDGER_SQL.roster, { branchId }),
    sql(d1, LEDGER_SQL.events, held),
    sql(d1, LEDGER_SQL.present, held),
    sql(d1, LEDGER_SQL.onLeave, held),
    sql(d1, COMPLIANCE_MEETINGS_SQL, quarterSpan),
    sql(d1, DASHBOARD_SQL.contests, { branchId, from: span.startsAt, to: span.endsAt }),
    sql(d1, LEDGER_SQL.feedback, { branchId, from: span.startsAt, to: span.endsAt, seesIntegrity }),
  ]);
  const [branch, roster, events, present, onLeave, meetings, contestRows, feedback] = results.map((r) => camelRows(r.results));
  return {
    span,
    now,
    branch: branch![0] as LedgerBranch,
    roster: roster as LedgerMember[],
    events: events as LedgerEvent[],
    present: present as LedgerData['present'],
    onLeave: onLeave as LedgerData['onLeave'],
    meetings: meetings as LedgerData['meetings'],
    contests: contestRows as LedgerData['contests'],
    feedback: feedback as LedgerFeedback[],
  };
}
