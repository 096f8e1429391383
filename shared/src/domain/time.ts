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

/** A time taken, as people say it: `45 秒`, `2 分 3 秒`, `1 小时 5 分`. The one format for 用时 everywhere. */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (hours > 0) return `${hours} 小时${minutes ? ` ${minutes} 分` : ''}`;
  if (minutes > 0) return `${minutes} 分${seconds ? ` ${seconds} 秒` : ''}`;
  return `${seconds} 秒`;
}
