/**
 * 三会一课: how often each meeting is due, and whether a period met it. The defaults follow
 * 《中国共产党支部工作条例（试行）》 — 支部党员大会 once a quarter (第十一条), 支委会 once a month
 * (第十二条), 党小组会 once a month (第十三条) — and common practice for 党课 (once a quarter) and
 * 主题党日 (once a month). Each is a branch setting: the secretary may change it or turn it off
 * (a branch with no 党小组).
 */
import type { EventKind } from './events';
import { periodsIn, type Period } from './periods';

export const COMPLIANCE_KINDS = [
  'branch_assembly',
  'committee_meeting',
  'group_meeting',
  'party_lecture',
  'theme_day',
] as const satisfies readonly EventKind[];
export type ComplianceKind = (typeof COMPLIANCE_KINDS)[number];

/** How often a target repeats. */
export const COMPLIANCE_PERS = ['month', 'quarter'] as const;

/** A target: `times` meetings every `per`; null turns the rule off. */
export interface ComplianceTarget {
  per: (typeof COMPLIANCE_PERS)[number];
  times: number;
}
export type ComplianceTargets = Record<ComplianceKind, ComplianceTarget | null>;

export const DEFAULT_COMPLIANCE_TARGETS: ComplianceTargets = {
  branch_assembly: { per: 'quarter', times: 1 },
  committee_meeting: { per: 'month', times: 1 },
  group_meeting: { per: 'month', times: 1 },
  party_lecture: { per: 'quarter', times: 1 },
  theme_day: { per: 'month', times: 1 },
};
export const MAX_COMPLIANCE_TIMES = 10;
export const COMPLIANCE_PER_LABELS = { month: '每月', quarter: '每季度' } as const;

/** A published meeting of the branch, as compliance reads it. */
export interface MeetingRecord {
  kind: EventKind;
  startsAt: number;
  endsAt: number;
}

/** `met`: held as often as due; `missing`: the span is over and it was not; `open`: still to come. */
export const UNIT_STATES = ['met', 'missing', 'open'] as const;
export type UnitState = (typeof UNIT_STATES)[number];
export const UNIT_STATE_LABELS: Record<UnitState, string> = { met: '已完成', missing: '未开', open: '待开' };

export interface ComplianceUnit {
  key: string;
  label: string;
  due: number;
  held: number;
  /** Published and not yet over. */
  scheduled: number;
  state: UnitState;
}

export interface ComplianceRow {
  kind: ComplianceKind;
  target: ComplianceTarget;
  units: ComplianceUnit[];
  /** Summed over the units: how many were due, held (up to what was due), missing (spans over), still to come. */
  due: number;
  held: number;
  missing: number;
  toCome: number;
}

/**
 * Each rule that is on, over the spans of its `per` that overlap `period` (the quarter around a
 * month for a quarterly rule). A span that ended before `since` (the branch did not exist yet) is left out.
 * Held: a meeting that has ended by `now`; scheduled: one published but not over.
 */
export function compliance(
  period: Period,
  targets: ComplianceTargets,
  meetings: MeetingRecord[],
  now: number,
  since: number,
): ComplianceRow[] {
  const rows: ComplianceRow[] = [];
  for (const kind of COMPLIANCE_KINDS) {
    const target = targets[kind];
    if (!target) continue;
    const units = periodsIn(period, target.per)
      .filter((span) => span.endsAt > since)
      .map((span): ComplianceUnit => {
        const inSpan = meetings.filter((m) => m.kind === kind && m.startsAt >= span.startsAt && m.startsAt < span.endsAt);
        const held = inSpan.filter((m) => m.endsAt <= now).length;
        const scheduled = inSpan.length - held;
        const state: UnitState = held >= target.times ? 'met' : span.endsAt <= now ? 'missing' : 'open';
        return { key: span.key, label: span.label, due: target.times, held, scheduled, state };
      });
    const shortfall = (u: ComplianceUnit) => Math.max(0, u.due - u.held);
    rows.push({
      kind,
      target,
      units,
      due: units.reduce((n, u) => n + u.due, 0),
      held: units.reduce((n, u) => n + Math.min(u.held, u.due), 0),
      missing: units.filter((u) => u.state === 'missing').reduce((n, u) => n + shortfall(u), 0),
      toCome: units.filter((u) => u.state === 'open').reduce((n, u) => n + shortfall(u), 0),
    });
  }
  return rows;
}

/** One line of the 首页 checklist: `支委会 ✓`, `党小组会 还差 1 次`, `支部党员大会 本季度未开`. */
export function checklistText(row: ComplianceRow, label: string): string {
  if (row.target.per === 'quarter') label = `${label}（本季度）`;
  if (row.missing === 0 && row.toCome === 0) return `${label} ✓`;
  if (row.toCome > 0) return `${label} 还差 ${row.toCome} 次`;
  return `${label} 缺 ${row.missing} 次`;
}
