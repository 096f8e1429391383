import { describe, expect, it } from 'vitest';
import { addWorkingDays, isWorkingDay } from './feedback';

/** A moment in China time. */
const cst = (y: number, m: number, d: number, h = 10) => Date.UTC(y, m - 1, d, h - 8);
const endOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d + 1, -8) - 1;

describe('working days (China time, weekends skipped)', () => {
  it('knows weekends in China time, not UTC', () => {
    expect(isWorkingDay(cst(2026, 11, 20))).toBe(true); // Friday
    expect(isWorkingDay(cst(2026, 11, 21))).toBe(false); // Saturday
    expect(isWorkingDay(cst(2026, 11, 23, 1))).toBe(true); // Monday 01:00 CST is still Sunday in UTC
  });

  it('counts from the day after, to the end of the last working day', () => {
    expect(addWorkingDays(cst(2026, 11, 18), 2)).toBe(endOf(2026, 11, 20)); // Wed → Fri
    expect(addWorkingDays(cst(2026, 11, 20), 2)).toBe(endOf(2026, 11, 24)); // Fri → Tue
    expect(addWorkingDays(cst(2026, 11, 21), 2)).toBe(endOf(2026, 11, 24)); // Sat → Tue
    expect(addWorkingDays(cst(2026, 11, 22, 23), 1)).toBe(endOf(2026, 11, 23)); // Sun night → Mon
    expect(addWorkingDays(cst(2026, 11, 20, 23), 15)).toBe(endOf(2026, 12, 11)); // 15 working days = 3 weeks
  });
});
