import { describe, expect, it } from 'vitest';
import { addWorkingDays, calendarProblems, isCalendarDate, isWorkingDay, type WorkCalendar } from './work-calendar';

/** A moment in China time. */
const cst = (y: number, m: number, d: number, h = 10) => Date.UTC(y, m - 1, d, h - 8);
const endOf = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d + 1, -8) - 1;

/** The 2026 Spring Festival: 15–23 February off, Saturdays 14 and 28 February worked. */
const SPRING_FESTIVAL_2026: WorkCalendar = {
  holidays: new Set([
    '2026-02-15',
    '2026-02-16',
    '2026-02-17',
    '2026-02-18',
    '2026-02-19',
    '2026-02-20',
    '2026-02-21',
    '2026-02-22',
    '2026-02-23',
  ]),
  workdays: new Set(['2026-02-14', '2026-02-28']),
};

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

describe('working days with public holidays and make-up working weekends', () => {
  it('skips the holidays and counts the weekend days worked in exchange', () => {
    expect(isWorkingDay(cst(2026, 2, 16), SPRING_FESTIVAL_2026)).toBe(false); // a Monday off
    expect(isWorkingDay(cst(2026, 2, 14), SPRING_FESTIVAL_2026)).toBe(true); // a Saturday worked
    // Thursday 12 February, 2 working days: Friday 13 and the worked Saturday 14.
    expect(addWorkingDays(cst(2026, 2, 12), 2, SPRING_FESTIVAL_2026)).toBe(endOf(2026, 2, 14));
    // Friday 13 February, 2 working days: Saturday 14, then nothing until Tuesday 24.
    expect(addWorkingDays(cst(2026, 2, 13), 2, SPRING_FESTIVAL_2026)).toBe(endOf(2026, 2, 24));
    // Weekends only would have said Tuesday 17, in the middle of the holiday.
    expect(addWorkingDays(cst(2026, 2, 13), 2)).toBe(endOf(2026, 2, 17));
    // 15 working days from 13 February: 14, 24–27, 28 (worked), 2–6 and 9–12 March.
    expect(addWorkingDays(cst(2026, 2, 13), 15, SPRING_FESTIVAL_2026)).toBe(endOf(2026, 3, 12));
  });
});

describe('deadlines at the edges of the calendar', () => {
  /** 2026 entered (its 国庆 and a last holiday on 31 December, say); 2027 not yet published. */
  const ONLY_2026: WorkCalendar = { holidays: new Set(['2026-10-01', '2026-12-31']), workdays: new Set() };

  it('runs into a year whose holidays are not entered by skipping only its weekends', () => {
    // Wednesday 30 December 2026, 2 working days: 31 December is off, then Friday 1 January 2027 counts
    // (it will be a holiday, but nobody has entered 2027) and Monday 4 January.
    expect(addWorkingDays(cst(2026, 12, 30), 2, ONLY_2026)).toBe(endOf(2027, 1, 4));
    expect(addWorkingDays(cst(2026, 12, 30), 2)).toBe(endOf(2027, 1, 1));
  });

  it('takes the day in China time a minute either side of midnight', () => {
    // 23:59 Thursday counts from Friday; 00:01 Friday counts from Saturday — in UTC both are Thursday.
    expect(addWorkingDays(Date.UTC(2026, 10, 19, 15, 59), 1)).toBe(endOf(2026, 11, 20));
    expect(addWorkingDays(Date.UTC(2026, 10, 19, 16, 1), 1)).toBe(endOf(2026, 11, 23));
  });
});

describe('a year’s calendar as entered', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2026-10-01')).toBe(true);
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(isCalendarDate('2026-1-1')).toBe(false);
    expect(isCalendarDate('2026-13-01')).toBe(false);
  });

  it('names each problem by its field', () => {
    expect(calendarProblems(2026, { holidays: [{ date: '2026-10-01' }], workdays: [{ date: '2026-10-10' }] })).toEqual({});
    expect(
      calendarProblems(2026, {
        holidays: [{ date: '2026-10-01' }, { date: '2025-10-01' }, { date: '2026-10-01' }, { date: '2026-10-10' }],
        workdays: [{ date: '2026-10-10' }, { date: '2026-10-09' }],
      }),
    ).toEqual({
      'holidays.1.date': '2025-10-01 不在 2026 年',
      'holidays.2.date': '2026-10-01 重复填写',
      'workdays.0.date': '2026-10-10 不能既放假又上班',
      'workdays.1.date': '2026-10-09 不是周末，无需设为调休上班',
    });
  });
});
