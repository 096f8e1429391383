import { describe, expect, it } from 'vitest';
import { adjacentPeriod, parsePeriod, periodOf, periodsIn } from './periods';

const cst = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);

describe('reporting periods in China time', () => {
  it('reads a month, a quarter and a year as half-open spans starting at midnight in China', () => {
    expect(parsePeriod('2026-11')).toEqual({
      kind: 'month',
      key: '2026-11',
      label: '2026年11月',
      startsAt: cst(2026, 11, 1),
      endsAt: cst(2026, 12, 1),
    });
    expect(parsePeriod('2026-Q4')).toMatchObject({
      kind: 'quarter',
      label: '2026年第四季度',
      startsAt: cst(2026, 10, 1),
      endsAt: cst(2027, 1, 1),
    });
    expect(parsePeriod('2026')).toMatchObject({ kind: 'year', label: '2026年', startsAt: cst(2026, 1, 1), endsAt: cst(2027, 1, 1) });
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-Q0', '26-11', '2026-1', '1999', '2026-11-01', ''])
      expect(parsePeriod(bad)).toBeNull();
  });

  it('puts the last evening of a quarter in China in that quarter, though it is already the next day nowhere', () => {
    const evening = cst(2026, 9, 30, 23, 30); // 2026-09-30 15:30 UTC
    expect(periodOf(evening, 'quarter').key).toBe('2026-Q3');
    expect(periodOf(cst(2026, 10, 1, 0, 0), 'quarter').key).toBe('2026-Q4');
    // 2026-10-01 07:00 in China is still 2026-09-30 in UTC: China time decides.
    expect(periodOf(Date.UTC(2026, 8, 30, 23, 0), 'month').key).toBe('2026-10');
  });

  it('lists the months of a quarter, the quarters of a year, and the quarter around a month', () => {
    expect(periodsIn(parsePeriod('2026-Q4')!, 'month').map((p) => p.key)).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(periodsIn(parsePeriod('2026')!, 'quarter').map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    expect(periodsIn(parsePeriod('2026-11')!, 'quarter').map((p) => p.key)).toEqual(['2026-Q4']);
    expect(periodsIn(parsePeriod('2026-12')!, 'month').map((p) => p.key)).toEqual(['2026-12']);
  });

  it('steps to the period before and after, across years', () => {
    expect(adjacentPeriod(parsePeriod('2026-01')!, -1).key).toBe('2025-12');
    expect(adjacentPeriod(parsePeriod('2026-Q4')!, 1).key).toBe('2027-Q1');
    expect(adjacentPeriod(parsePeriod('2026')!, -1).key).toBe('2025');
  });
});
