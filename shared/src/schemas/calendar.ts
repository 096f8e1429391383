import { TEXT_MAX } from '../domain/text-limits';
import { isCalendarDate } from '../domain/work-calendar';
import * as z from '../zod';

export const CalendarYearParamsSchema = z.strictObject({
  year: z.string().check(z.regex(/^20\d{2}$/, '年份应为四位数字，如 2027')),
});

const CalendarDaySchema = z.strictObject({
  date: z.string().check(z.refine(isCalendarDate, '日期应写成 2027-10-01 这样')),
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, '请填写节日名称，如 国庆节'),
      z.maxLength(TEXT_MAX.calendarDayName, `名称不能超过 ${TEXT_MAX.calendarDayName} 个字`),
    ),
});

/** A year's public holidays and make-up working weekends, entered from the State Council's notice. */
export const CalendarYearBodySchema = z.strictObject({
  holidays: z.array(CalendarDaySchema).check(z.maxLength(60, '一年最多 60 个放假日')),
  workdays: z.array(CalendarDaySchema).check(z.maxLength(20, '一年最多 20 个调休上班日')),
});

const CalendarDayOutSchema = z.object({ date: z.string(), name: z.string() });
export const CalendarYearSchema = z.object({
  year: z.number(),
  holidays: z.array(CalendarDayOutSchema),
  workdays: z.array(CalendarDayOutSchema),
  /** When the platform admin last entered this year; null when nobody has (weekends only). */
  updatedAt: z.nullable(z.number()),
});
