/**
 * Working days in China: Monday to Friday, except public holidays (放假), plus the weekend days
 * worked in exchange (调休上班). The State Council publishes the next year's dates each November;
 * the platform admin enters them (`PUT /api/calendar/{year}`). Without them, only weekends are skipped.
 */
import { CST_OFFSET_MS, DAY_MS } from './constants';
import { cstDate } from './time';

/** Dates (China time, `YYYY-MM-DD`) that differ from the Monday–Friday week. */
export interface WorkCalendar {
  holidays: ReadonlySet<string>;
  workdays: ReadonlySet<string>;
}
export const WEEKENDS_ONLY: WorkCalendar = { holidays: new Set(), workdays: new Set() };

/** Saturday or Sunday in China time. */
export function isWeekend(ms: number): boolean {
  const weekday = new Date(ms + CST_OFFSET_MS).getUTCDay();
  return weekday === 0 || weekday === 6;
}

export function isWorkingDay(ms: number, calendar: WorkCalendar = WEEKENDS_ONLY): boolean {
  const date = cstDate(ms);
  if (calendar.workdays.has(date)) return true;
  return !calendar.holidays.has(date) && !isWeekend(ms);
}

/**
 * The end (23:59:59.999 China time) of the `days`-th working day after the day of `from`.
 * Submitted on a Friday with 2 days: Tuesday night. On a Saturday: also Tuesday night.
 */
export function addWorkingDays(from: number, days: number, calendar: WorkCalendar = WEEKENDS_ONLY): number {
  const startOfDay = Math.floor((from + CST_OFFSET_MS) / DAY_MS) * DAY_MS - CST_OFFSET_MS;
  let day = startOfDay;
  let counted = 0;
  while (counted < days) {
    day += DAY_MS;
    if (isWorkingDay(day, calendar)) counted++;
  }
  return day + DAY_MS - 1;
}

/** A real date written `YYYY-MM-DD` (not 2026-02-30). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}

/** A date string as the moment of noon China time that day (weekday checks of entered dates). */
export const noonOf = (date: string) => Date.parse(`${date}T12:00:00+08:00`);

/**
 * What is wrong with a year's calendar, by field path (empty when nothing): dates outside the
 * year, a date twice, a date both off and worked, a make-up working day that is not a weekend.
 */
export function calendarProblems(
  year: number,
  calendar: { holidays: { date: string }[]; workdays: { date: string }[] },
): Record<string, string> {
  const problems: Record<string, string> = {};
  const seen = new Map<string, string>();
  for (const list of ['holidays', 'workdays'] as const) {
    calendar[list].forEach(({ date }, i) => {
      const field = `${list}.${i}.date`;
      if (!date.startsWith(`${year}-`)) problems[field] = `${date} 不在 ${year} 年`;
      else if (seen.get(date) === list) problems[field] = `${date} 重复填写`;
      else if (seen.has(date)) problems[field] = `${date} 不能既放假又上班`;
      else if (list === 'workdays' && !isWeekend(noonOf(date))) problems[field] = `${date} 不是周末，无需设为调休上班`;
      seen.set(date, list);
    });
  }
  return problems;
}
