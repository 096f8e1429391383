/** The working-day calendar (public holidays, make-up working weekends) as D1 keeps it. */
import { cstDate, type WorkCalendar } from '@sitebranch/shared';
import { camelRows, sql } from './sql';

type CalendarRow = { date: string; kind: 'holiday' | 'workday' };

/**
 * A deadline setting (the day counts `daysQuery` selects) and the calendar from the day of `from`
 * on, in one round trip. The days come camelCased, as `first()` gives them. The calendar is small:
 * a few dozen dates for each year entered.
 */
export async function daysWithCalendar<T>(
  d1: D1Database,
  daysQuery: D1PreparedStatement,
  from: number,
): Promise<{ days: T | undefined; calendar: WorkCalendar }> {
  const [days, calendar] = await d1.batch<Record<string, unknown>>([
    daysQuery,
    sql(d1, 'SELECT date, kind FROM calendar_days WHERE date >= :from', { from: cstDate(from) }),
  ]);
  const rows = camelRows<CalendarRow>(calendar!.results);
  return {
    days: camelRows<T>(days!.results)[0],
    calendar: {
      holidays: new Set(rows.filter((r) => r.kind === 'holiday').map((r) => r.date)),
      workdays: new Set(rows.filter((r) => r.kind === 'workday').map((r) => r.date)),
    },
  };
}
