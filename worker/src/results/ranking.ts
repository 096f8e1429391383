/**
 * The ranking: every branch of the region by one rate. Branches with a rate come first, equal
 * rates sharing a rank (1, 2, 2, 4); then active branches with nothing to rate for this kind (no
 * feedback resolved, say); then the branches with no activity at all in the period, flagged. None
 * is hidden: a branch that did nothing is what the bureau most needs to see.
 */
import type { BranchRates, Ranking, RankingKind, RankingSort } from '@sitebranch/shared';

const VALUE: Record<RankingKind, (b: BranchRates) => number | null> = {
  attendance: (b) => b.attendanceRate,
  compliance: (b) => b.complianceRate,
  feedback: (b) => b.feedbackInTimeRate,
  satisfaction: (b) => b.satisfactionRate,
  contest: (b) => b.contestParticipationRate,
};

export function ranking(branches: BranchRates[], kind: RankingKind, sort: RankingSort): Ranking['rows'] {
  const rows = branches.map((b) => ({ ...b, value: VALUE[kind](b), rank: null as number | null }));
  const group = (r: (typeof rows)[number]) => (r.inactive ? 2 : r.value === null ? 1 : 0);
  const byName = (a: BranchRates, b: BranchRates) => a.name.localeCompare(b.name, 'zh');
  rows.sort(
    (a, b) =>
      group(a) - group(b) ||
      (a.value !== null && b.value !== null && a.value !== b.value ? (sort === 'desc' ? b.value - a.value : a.value - b.value) : 0) ||
      byName(a, b),
  );
  rows.forEach((r, i) => {
    if (group(r) !== 0) return;
    const previous = rows[i - 1];
    r.rank = previous && group(previous) === 0 && previous.value === r.value ? previous.rank : i + 1;
  });
  return rows;
}
