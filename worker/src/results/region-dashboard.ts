/** The region dashboard: its branches' figures summed, and their rates averaged with each branch counting once. */
import { percent, type RegionDashboard } from '@sitebranch/shared';
import type { RegionFigures } from './region-figures';

/** The mean of the rates that exist, one decimal; null when no branch has one. */
function mean(rates: (number | null)[]): number | null {
  const present = rates.filter((r): r is number => r !== null);
  return present.length ? Math.round((present.reduce((a, b) => a + b, 0) / present.length) * 10) / 10 : null;
}

export function regionDashboard({ period, branches, contests }: RegionFigures): RegionDashboard {
  const total = <T>(pick: (b: RegionFigures['branches'][number]) => T[], count: (x: T) => number) =>
    branches.reduce((n, b) => n + pick(b).reduce((m, x) => m + count(x), 0), 0);
  const sum = (pick: (b: RegionFigures['branches'][number]) => number) => branches.reduce((n, b) => n + pick(b), 0);

  const kinds = new Map<string, number>();
  for (const b of branches) for (const e of b.held) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
  const members = sum((b) => b.members);
  const expected = sum((b) => b.attendance.expected);
  const present = sum((b) => b.attendance.present);
  const onLeave = sum((b) => b.attendance.onLeave);
  const held = total(
    (b) => b.compliance,
    (r) => r.held,
  );
  const missing = total(
    (b) => b.compliance,
    (r) => r.missing,
  );
  const feedback = {
    received: sum((b) => b.feedback.received),
    resolved: sum((b) => b.feedback.resolved),
    resolvedInTime: sum((b) => b.feedback.resolvedInTime),
    rated: sum((b) => b.feedback.rated),
    satisfied: sum((b) => b.feedback.satisfied),
    overdueNow: sum((b) => b.feedback.overdueNow),
  };

  return {
    period,
    branches: {
      total: branches.length,
      site: branches.filter((b) => b.kind === 'site').length,
      community: branches.filter((b) => b.kind === 'community').length,
      active: branches.filter((b) => !b.inactive).length,
    },
    members,
    events: {
      held: sum((b) => b.eventsHeld),
      byKind: [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count),
    },
    attendance: {
      expected,
      present,
      onLeave,
      // Someone checked in by a make-up after leaving is present without being expected: never below zero.
      absent: sum((b) => Math.max(0, b.attendance.expected - b.attendance.present - b.attendance.onLeave)),
      rate: percent(present, expected),
      branchAverage: mean(branches.map((b) => b.attendanceRate)),
    },
    compliance: {
      due: total(
        (b) => b.compliance,
        (r) => r.due,
      ),
      held,
      missing,
      toCome: total(
        (b) => b.compliance,
        (r) => r.toCome,
      ),
      rate: percent(held, held + missing),
      branchAverage: mean(branches.map((b) => b.complianceRate)),
      branchesMissing: branches.filter((b) => b.compliance.some((r) => r.missing > 0)).length,
    },
    feedback: {
      ...feedback,
      inTimeRate: percent(feedback.resolvedInTime, feedback.resolved),
      satisfactionRate: percent(feedback.satisfied, feedback.rated),
    },
    contests: contests.map((c) => {
      const entries = branches.flatMap((b) => b.contestEntries.filter((e) => e.contestId === c.id));
      const participants = entries.reduce((n, e) => n + e.participants, 0);
      const scoreSum = entries.reduce((n, e) => n + e.scoreSum, 0);
      return {
        ...c,
        participants,
        participationRate: percent(participants, members),
        averageScore: participants > 0 ? Math.round((scoreSum / participants) * 10) / 10 : null,
        branchesTakingPart: entries.filter((e) => e.participants > 0).length,
      };
    }),
  };
}
