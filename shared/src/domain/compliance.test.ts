import { describe, expect, it } from 'vitest';
import { checklistText, compliance, DEFAULT_COMPLIANCE_TARGETS, type MeetingRecord } from './compliance';
import { parsePeriod } from './periods';

const cst = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);
const HOUR = 3_600_000;
const meeting = (kind: MeetingRecord['kind'], startsAt: number): MeetingRecord => ({ kind, startsAt, endsAt: startsAt + HOUR });
const LONG_AGO = cst(2020, 1, 1);

describe('三会一课 compliance', () => {
  it('counts a quarter: monthly meetings by month, quarterly ones once, with what is missing and what is still to come', () => {
    const now = cst(2026, 11, 20, 12);
    const meetings = [
      meeting('committee_meeting', cst(2026, 10, 9, 19)),
      meeting('committee_meeting', cst(2026, 12, 5, 19)), // published, not yet held
      meeting('group_meeting', cst(2026, 10, 15, 19)),
      meeting('group_meeting', cst(2026, 11, 12, 19)),
      meeting('party_lecture', cst(2026, 11, 3, 9)),
      meeting('party_lecture', cst(2026, 11, 17, 9)), // twice: counts once against a target of 1
      meeting('training', cst(2026, 11, 1, 9)), // not a 三会一课 kind
    ];
    const rows = compliance(parsePeriod('2026-Q4')!, DEFAULT_COMPLIANCE_TARGETS, meetings, now, LONG_AGO);
    const byKind = Object.fromEntries(rows.map((r) => [r.kind, r]));
    expect(byKind.committee_meeting!.units.map((u) => [u.key, u.held, u.scheduled, u.state])).toEqual([
      ['2026-10', 1, 0, 'met'],
      ['2026-11', 0, 0, 'open'],
      ['2026-12', 0, 1, 'open'],
    ]);
    expect(byKind.committee_meeting).toMatchObject({ due: 3, held: 1, missing: 0, toCome: 2 });
    expect(byKind.group_meeting).toMatchObject({ due: 3, held: 2, missing: 0, toCome: 1 });
    expect(byKind.party_lecture).toMatchObject({ due: 1, held: 1, missing: 0, toCome: 0 });
    expect(byKind.branch_assembly).toMatchObject({ due: 1, held: 0, missing: 0, toCome: 1 });
    expect(byKind.theme_day).toMatchObject({ due: 3, held: 0, missing: 1, toCome: 2 });
    expect(checklistText(byKind.party_lecture!, '党课')).toBe('党课（本季度） ✓');
    expect(checklistText(byKind.group_meeting!, '党小组会')).toBe('党小组会 还差 1 次');
  });

  it('counts a meeting on the last evening of a quarter in China in that quarter', () => {
    const lastEvening = meeting('branch_assembly', cst(2026, 9, 30, 20));
    const q3 = compliance(parsePeriod('2026-Q3')!, DEFAULT_COMPLIANCE_TARGETS, [lastEvening], cst(2026, 12, 1), LONG_AGO);
    expect(q3.find((r) => r.kind === 'branch_assembly')).toMatchObject({ held: 1, missing: 0 });
    const q4 = compliance(parsePeriod('2026-Q4')!, DEFAULT_COMPLIANCE_TARGETS, [lastEvening], cst(2026, 12, 1), LONG_AGO);
    expect(q4.find((r) => r.kind === 'branch_assembly')).toMatchObject({ held: 0, toCome: 1 });
  });

  it('looks at the quarter around a month for quarterly rules, and says a past month was missed', () => {
    const rows = compliance(parsePeriod('2026-10')!, DEFAULT_COMPLIANCE_TARGETS, [], cst(2026, 11, 20), LONG_AGO);
    expect(rows.find((r) => r.kind === 'committee_meeting')).toMatchObject({
      due: 1,
      missing: 1,
      toCome: 0,
      units: [{ key: '2026-10', state: 'missing' }],
    });
    expect(rows.find((r) => r.kind === 'branch_assembly')!.units.map((u) => u.key)).toEqual(['2026-Q4']);
    expect(checklistText(rows.find((r) => r.kind === 'committee_meeting')!, '支委会')).toBe('支委会 缺 1 次');
  });

  it('follows the branch’s own targets: a rule turned off, a meeting twice a month', () => {
    const targets = { ...DEFAULT_COMPLIANCE_TARGETS, group_meeting: null, committee_meeting: { per: 'month' as const, times: 2 } };
    const rows = compliance(
      parsePeriod('2026-11')!,
      targets,
      [meeting('committee_meeting', cst(2026, 11, 2, 19))],
      cst(2026, 12, 3),
      LONG_AGO,
    );
    expect(rows.map((r) => r.kind)).not.toContain('group_meeting');
    expect(rows.find((r) => r.kind === 'committee_meeting')).toMatchObject({ due: 2, held: 1, missing: 1 });
  });

  it('leaves out the months before the branch existed', () => {
    const rows = compliance(parsePeriod('2026')!, DEFAULT_COMPLIANCE_TARGETS, [], cst(2026, 12, 15), cst(2026, 10, 20));
    expect(rows.find((r) => r.kind === 'committee_meeting')!.units.map((u) => u.key)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(rows.find((r) => r.kind === 'branch_assembly')!.units.map((u) => u.key)).toEqual(['2026-Q4']);
  });
});
