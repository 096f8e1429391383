/**
 * The branch dashboard's figures, from rows whose number grows with members, events and months —
 * never with check-ins, leaves or feedback: each event's counters and each member's month (kept
 * by the triggers of migration 0015), the branch's feedback months (0016), and the roster.
 */
import {
  BRANCH_ROLES,
  FEEDBACK_CATEGORIES,
  FEEDBACK_STATUSES,
  percent,
  type BranchDashboard,
  type BranchRole,
  type FeedbackCategory,
  type FeedbackStatus,
  type Period,
} from '@sitebranch/shared';

export interface HeldEvent {
  id: string;
  title: string;
  kind: string;
  startsAt: number;
  checkinClosesAt: number;
  audience: 'members' | 'everyone';
  present: number;
  late: number;
  offline: number;
  roster: number;
  makeup: number;
  pending: number;
  onLeave: number;
}
export interface RosterRow {
  userId: string;
  name: string | null;
  role: BranchRole;
  workTeam: string | null;
  joinedAt: number;
}
export interface MemberMonth {
  userId: string;
  attended: number;
  onLeave: number;
}
export interface ContestStats {
  id: string;
  title: string;
  scope: 'branch' | 'region';
  maxScore: number;
  opensAt: number;
  closesAt: number;
  participants: number;
  scoreSum: number;
}
export interface FeedbackMonths {
  received: number;
  resolved: number;
  resolvedInTime: number;
  rated: number;
  satisfied: number;
}
export interface FeedbackState {
  category: FeedbackCategory;
  status: FeedbackStatus;
  count: number;
}

type Figures = BranchDashboard['attendance']['totals'];

/** A contest's participation and average score, as the dashboard and the ledger show them. */
export const contestFigures = (c: Pick<ContestStats, 'participants' | 'scoreSum'>, members: number) => ({
  participationRate: percent(c.participants, members),
  averageScore: c.participants > 0 ? Math.round((c.scoreSum / c.participants) * 10) / 10 : null,
});

/** 按时办结率 and 满意率 from the counts (a rating of 4 or 5 is satisfied, as migration 0016 counts it). */
export const feedbackRates = (f: FeedbackMonths) => ({
  inTimeRate: percent(f.resolvedInTime, f.resolved),
  satisfactionRate: percent(f.satisfied, f.rated),
});

const total = (rows: { count: number }[]) => rows.reduce((n, r) => n + r.count, 0);

/** Expected as the attendance page counts it: the audience, joined before check-in closed. */
export const expects = (e: Pick<HeldEvent, 'audience' | 'checkinClosesAt'>, m: Pick<RosterRow, 'role' | 'joinedAt'>) =>
  (e.audience === 'everyone' || m.role !== 'masses') && m.joinedAt <= e.checkinClosesAt;

function figures(e: Omit<HeldEvent, 'id' | 'title' | 'kind' | 'startsAt' | 'checkinClosesAt' | 'audience'>, expected: number): Figures {
  // Someone checked in by a make-up after leaving the branch is present without being expected: never below zero.
  const absent = Math.max(0, expected - e.present - e.onLeave);
  return {
    expected,
    present: e.present,
    late: e.late,
    offline: e.offline,
    roster: e.roster,
    makeup: e.makeup,
    pending: e.pending,
    onLeave: e.onLeave,
    absent,
    rate: percent(e.present, expected),
  };
}

export function branchDashboard(
  period: Period,
  events: HeldEvent[],
  roster: RosterRow[],
  months: MemberMonth[],
  feedback: FeedbackMonths & { overdueNow: number; openNow: number; states: FeedbackState[] },
  contests: ContestStats[],
): BranchDashboard {
  const byRole = Object.fromEntries(BRANCH_ROLES.map((r) => [r, 0])) as Record<BranchRole, number>;
  const teams = new Map<string | null, number>();
  for (const m of roster) {
    byRole[m.role] += 1;
    teams.set(m.workTeam, (teams.get(m.workTeam) ?? 0) + 1);
  }
  const kinds = new Map<string, number>();
  for (const e of events) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);

  const perEvent = events.map((e) => ({
    id: e.id,
    title: e.title,
    kind: e.kind,
    startsAt: e.startsAt,
    ...figures(e, roster.filter((m) => expects(e, m)).length),
  }));
  const sum = (key: keyof Figures) => perEvent.reduce((n, e) => n + (e[key] ?? 0), 0);
  const totalsBase = {
    present: sum('present'),
    late: sum('late'),
    offline: sum('offline'),
    roster: sum('roster'),
    makeup: sum('makeup'),
    pending: sum('pending'),
    onLeave: sum('onLeave'),
  };
  const totals = figures(totalsBase, sum('expected'));

  const kept = new Map<string, MemberMonth>();
  for (const m of months) {
    const k = kept.get(m.userId) ?? { userId: m.userId, attended: 0, onLeave: 0 };
    kept.set(m.userId, { userId: m.userId, attended: k.attended + m.attended, onLeave: k.onLeave + m.onLeave });
  }
  // A member's kept month also counts a check-in at an event of the month not over yet (check-in opens
  // before it starts): at worst a miss is counted one late, never one too many.
  const frequentAbsentees = roster
    .map((m) => {
      const expected = events.filter((e) => expects(e, m)).length;
      const k = kept.get(m.userId);
      return {
        userId: m.userId,
        name: m.name,
        workTeam: m.workTeam,
        expected,
        missed: Math.max(0, expected - (k?.attended ?? 0) - (k?.onLeave ?? 0)),
      };
    })
    .filter((m) => m.missed >= 2)
    .sort((a, b) => b.missed - a.missed || (a.name ?? '').localeCompare(b.name ?? '', 'zh'));

  return {
    period,
    members: {
      total: roster.length,
      byRole,
      byTeam: [...teams].map(([team, count]) => ({ team, count })).sort((a, b) => b.count - a.count),
    },
    events: { held: events.length, byKind: [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count) },
    attendance: { events: perEvent, totals },
    contests: contests.map(({ scoreSum, opensAt: _o, closesAt: _c, ...c }) => ({
      ...c,
      ...contestFigures({ participants: c.participants, scoreSum }, roster.length),
    })),
    feedback: {
      received: feedback.received,
      resolved: feedback.resolved,
      resolvedInTime: feedback.resolvedInTime,
      rated: feedback.rated,
      satisfied: feedback.satisfied,
      overdueNow: feedback.overdueNow,
      openNow: feedback.openNow,
      ...feedbackRates(feedback),
      // In the order the app lists them; only what occurs.
      byCategory: FEEDBACK_CATEGORIES.map((category) => ({
        category,
        count: total(feedback.states.filter((s) => s.category === category)),
      })).filter((c) => c.count > 0),
      byStatus: FEEDBACK_STATUSES.map((status) => ({ status, count: total(feedback.states.filter((s) => s.status === status)) })).filter(
        (c) => c.count > 0,
      ),
    },
    frequentAbsentees,
  };
}
