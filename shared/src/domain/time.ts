import { CST_OFFSET_MS } from './constants';

const pad = (n: number) => String(n).padStart(2, '0');

/** A UTC-millisecond time as China Standard Time, `2026-11-22 13:05`, whatever the device's zone. */
export function formatCst(ms: number): string {
  const d = new Date(ms + CST_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The China Standard Time calendar day of a moment, as `YYYY-MM-DD`. */
export function cstDate(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10);
}
