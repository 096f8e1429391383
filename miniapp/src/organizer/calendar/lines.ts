/**
 * The calendar as the admin types it from the State Council's notice: one line per date or run of
 * dates, then the name (`2027-02-05~2027-02-11 春节`; `至` or `～` also join a run). Lines become
 * the API's lists, the API's lists become lines again, and the API's complaints about entry N
 * find their way back to the line that made it.
 */
import { DAY_MS, isCalendarDate, TEXT_MAX } from '@sitebranch/shared';

export type CalendarDay = { date: string; name: string };
export type ParsedLines = { days: CalendarDay[]; lineOfDay: number[]; errors: string[] };

const LINE = /^(\d{4}-\d{1,2}-\d{1,2})(?:\s*[~～至]\s*(\d{4}-\d{1,2}-\d{1,2}))?(?:\s+(.+))?$/;
/** The longest run one line may name (the longest holiday is nine days; a typo should not make a year). */
const MAX_RUN_DAYS = 15;

/** `2027-2-5` → `2027-02-05`. */
const padDate = (text: string) => text.replace(/-(\d)(?=-|$)/g, '-0$1');
const dayAfter = (date: string) => new Date(Date.parse(`${date}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

export function parseCalendarLines(text: string, defaultName: string): ParsedLines {
  const parsed: ParsedLines = { days: [], lineOfDay: [], errors: [] };
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (!line) return;
    const where = `第 ${index + 1} 行`;
    const match = LINE.exec(line);
    if (!match) {
      parsed.errors.push(`${where}：应写成“2027-10-01 国庆节”或“2027-10-01~2027-10-07 国庆节”`);
      return;
    }
    const from = padDate(match[1]!);
    const to = padDate(match[2] ?? match[1]!);
    if (!isCalendarDate(from) || !isCalendarDate(to)) {
      parsed.errors.push(`${where}：没有这一天`);
      return;
    }
    if (to < from) {
      parsed.errors.push(`${where}：结束日期早于开始日期`);
      return;
    }
    const name = (match[3] ?? defaultName).trim().slice(0, TEXT_MAX.calendarDayName);
    let count = 0;
    for (let date = from; date <= to; date = dayAfter(date)) {
      if (++count > MAX_RUN_DAYS) {
        parsed.errors.push(`${where}：一段最多 ${MAX_RUN_DAYS} 天`);
        return;
      }
      parsed.days.push({ date, name });
      parsed.lineOfDay.push(index + 1);
    }
  });
  return parsed;
}

/** The API's days as lines, consecutive dates with the same name joined into one run. */
export function formatCalendarLines(days: CalendarDay[]): string {
  const lines: string[] = [];
  let run: { from: string; to: string; name: string } | null = null;
  const flush = () => run && lines.push(`${run.from === run.to ? run.from : `${run.from}~${run.to}`} ${run.name}`);
  for (const day of [...days].sort((a, b) => a.date.localeCompare(b.date))) {
    if (run && run.name === day.name && dayAfter(run.to) === day.date) run.to = day.date;
    else {
      flush();
      run = { ...day, to: day.date, from: day.date };
    }
  }
  flush();
  return lines.join('\n');
}

/** The server's field errors (`holidays.3.date`) as messages naming the line the entry came from. */
export function errorsByLine(fields: Record<string, string>, list: 'holidays' | 'workdays', lineOfDay: number[]): string[] {
  return Object.entries(fields).flatMap(([field, message]) => {
    const match = new RegExp(`^${list}\\.(\\d+)\\.`).exec(field);
    return match ? [`第 ${lineOfDay[Number(match[1])]} 行：${message}`] : [];
  });
}
