/**
 * The region's ranking of its branches: by rates, never raw counts, so that a branch of twenty is
 * not put below a branch of six hundred for being small.
 */
import type { ComplianceRow } from './compliance';

export const RANKING_KINDS = ['attendance', 'compliance', 'feedback', 'satisfaction', 'contest'] as const;
export type RankingKind = (typeof RANKING_KINDS)[number];

export const RANKING_KIND_LABELS: Record<RankingKind, string> = {
  attendance: '出勤率',
  compliance: '三会一课完成率',
  feedback: '反馈按时办结率',
  satisfaction: '反馈满意率',
  contest: '全区域竞赛参与率',
};

export const RANKING_SORTS = ['desc', 'asc'] as const;
export type RankingSort = (typeof RANKING_SORTS)[number];
export const RANKING_SORT_LABELS: Record<RankingSort, string> = { desc: '从高到低', asc: '从低到高' };

/** A share in percent with one decimal; null when there is nothing to share out. */
export function percent(part: number, whole: number): number | null {
  return whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;
}

/**
 * Of the 三会一课 meetings due so far (the spans that are over, and what was already held in those
 * still open), the share held. Null when nothing was due yet.
 */
export function complianceRate(rows: Pick<ComplianceRow, 'held' | 'missing'>[]): number | null {
  const held = rows.reduce((n, r) => n + r.held, 0);
  const missing = rows.reduce((n, r) => n + r.missing, 0);
  return percent(held, held + missing);
}
