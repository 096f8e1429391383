/**
 * The working-day calendar: the platform admin enters each year's public holidays and make-up
 * working weekends from the State Council's notice; feedback deadlines set from then on count in it.
 * Deadlines already set keep their dates.
 */
import { calendarProblems, endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import { all, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const calendarRoutes = new Hono<AppEnv>();

const yearSpan = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` });

async function calendarYear(d1: D1Database, year: number) {
  const results = await all<{ date: string; kind: 'holiday' | 'workday'; name: string; updatedAt: number }>(
    sql(d1, `SELECT date, kind, name, updated_at FROM calendar_days WHERE date >= :from AND date <= :to ORDER BY date`, yearSpan(year)),
  );
  const of = (kind: string) => results.filter((r) => r.kind === kind).map(({ date, name }) => ({ date, name }));
  const updatedAt = results.length > 0 ? Math.max(...results.map((r) => r.updatedAt)) : null;
  return { year, holidays: of('holiday'), workdays: of('workday'), updatedAt };
}

implement(calendarRoutes, endpoints.getCalendarYear, async ({ c, params }) => calendarYear(c.env.DB, Number(params.year)));

implement(calendarRoutes, endpoints.putCalendarYear, async ({ c, caller, params, body }) => {
  const year = Number(params.year);
  const problems = calendarProblems(year, body);
  const first = Object.values(problems)[0];
  if (first) throw new ApiError('validation_failed', first, problems);
  const days = [...body.holidays.map((d) => ({ ...d, kind: 'holiday' })), ...body.workdays.map((d) => ({ ...d, kind: 'workday' }))];
  const d1 = c.env.DB;
  // The whole year is replaced in one transaction: never half of the old and half of the new.
  await d1.batch([
    sql(d1, 'DELETE FROM calendar_days WHERE date >= :from AND date <= :to', yearSpan(year)),
    sql(
      d1,
      `INSERT INTO calendar_days (date, kind, name, updated_by, updated_at)
       SELECT j.value ->> 'date', j.value ->> 'kind', j.value ->> 'name', :updatedBy, :now FROM json_each(:days) j`,
      { days: JSON.stringify(days), updatedBy: caller.userId, now: Date.now() },
    ),
  ]);
  return calendarYear(d1, year);
});
