/**
 * Reporting periods — a month, a quarter or a year — in China Standard Time (UTC+8), written
 * `2026-11`, `2026-Q4`, `2026`. Each is the half-open span [startsAt, endsAt) in UTC milliseconds,
 * so a meeting on the last evening of a quarter in China counts in that quarter.
 */
import { CST_OFFSET_MS } from './constants';

export const PERIOD_KINDS = ['month', 'quarter', 'year'] as const;
export type PeriodKind = (typeof PERIOD_KINDS)[number];

export interface Period {
  kind: PeriodKind;
  /** `2026-11`, `2026-Q4`, `2026`. */
  key: string;
  /** `2026年11月`, `2026年第四季度`, `2026年`. */
  label: string;
  startsAt: number;
  endsAt: number;
}

export const PERIOD_PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;
export const PERIOD_FORMAT_MESSAGE = '时段格式应为 2026-11（月）、2026-Q4（季度）或 2026（年）';
const QUARTER_NAMES = ['一', '二', '三', '四'];

/** Midnight in China on the first day of `month` (0-based; may run past 11 into the next years). */
const cstMonthStart = (year: number, month: number) => Date.UTC(year, month, 1) - CST_OFFSET_MS;

function make(kind: PeriodKind, year: number, firstMonth: number): Period {
  const months = kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
  const quarter = Math.floor(firstMonth / 3) + 1;
  const key =
    kind === 'month' ? `${year}-${String(firstMonth + 1).padStart(2, '0')}` : kind === 'quarter' ? `${year}-Q${quarter}` : String(year);
  const label =
    kind === 'month' ? `${year}年${firstMonth + 1}月` : kind === 'quarter' ? `${year}年第${QUARTER_NAMES[quarter - 1]}季度` : `${year}年`;
  return { kind, key, label, startsAt: cstMonthStart(year, firstMonth), endsAt: cstMonthStart(year, firstMonth + months) };
}

/** The period a key names, or null when it is not one (years 2000–2099 only). */
export function parsePeriod(key: string): Period | null {
  const match = PERIOD_PATTERN.exec(key);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 2000 || year > 2099) return null;
  if (match[2]) return make('month', year, Number(match[2]) - 1);
  if (match[3]) return make('quarter', year, (Number(match[3]) - 1) * 3);
  return make('year', year, 0);
}

/** The period of `kind` that contains the moment `ms`. */
export function periodOf(ms: number, kind: PeriodKind): Period {
  const d = new Date(ms + CST_OFFSET_MS);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth();
  return make(kind, year, kind === 'month' ? month : kind === 'quarter' ? month - (month % 3) : 0);
}

/**
 * The periods of `kind` that overlap `period`: the 3 months of a quarter, the 4 quarters of a
 * year — or the one quarter that holds a month (a quarterly rule, looked at in one month).
 */
export function periodsIn(period: Period, kind: 'month' | 'quarter'): Period[] {
  const found: Period[] = [];
  for (let p = periodOf(period.startsAt, kind); p.startsAt < period.endsAt; p = periodOf(p.endsAt, kind)) found.push(p);
  return found;
}

/** The period of the same kind just before (`-1`) or after (`1`) `period`. */
export function adjacentPeriod(period: Period, step: -1 | 1): Period {
  return periodOf(step === 1 ? period.endsAt : period.startsAt - 1, period.kind);
}

/** The `YYYY-MM` keys of the months a period covers, as the kept monthly figures are keyed. */
export function cstMonthKeys(period: Period): string[] {
  return periodsIn(period, 'month').map((p) => p.key);
}

/** The longest ledger span: a year (366 days with a leap day). */
export const MAX_LEDGER_SPAN_MS = 366 * 24 * 60 * 60_000;

/**
 * From the start of `from` to the end of `to` (any kinds: `2026-11` to `2026-Q4`), labelled
 * `2026年11月` or `2026年11月至2026年第四季度`. A string naming what is wrong when it cannot be.
 */
export function periodSpan(from: Period, to: Period): Period | string {
  if (to.endsAt <= from.startsAt) return '结束时段不能早于开始时段';
  const span = {
    kind: from.kind,
    key: from.key === to.key ? from.key : `${from.key}..${to.key}`,
    startsAt: from.startsAt,
    endsAt: Math.max(from.endsAt, to.endsAt),
  };
  if (span.endsAt - span.startsAt > MAX_LEDGER_SPAN_MS) return '台账一次最多导出一年，请缩短时段';
  return { ...span, label: from.key === to.key ? from.label : `${from.label}至${to.label}` };
}
