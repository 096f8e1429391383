/**
 * Which cell styles of an .xlsx show a number as a date, from `xl/styles.xml`, and the date a serial
 * number stands for. An importer reads a date typed in a cell as the person saw it (`2021-07-01`), not
 * as Excel's day count (44378).
 */
import { attribute, elements, firstInner, unescapeXml } from './xml';

/** Built-in number formats that are dates or times (ECMA-376 18.8.30, and the CJK ones Excel uses). */
const BUILT_IN_DATES = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58,
]);

/** A custom format is a date when, outside quoted text, escapes and [colours], it has y, d, h or s. */
function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '');
  return /[ydhs]/i.test(bare);
}

/** The indexes of `cellXfs` (a cell's `s`) whose format is a date. */
export function dateStyles(stylesXml: string): Set<number> {
  const custom = new Map<number, string>();
  for (const [attrs] of elements(firstInner(stylesXml, 'numFmts') ?? '', 'numFmt')) {
    custom.set(Number(attribute(attrs, 'numFmtId')), unescapeXml(attribute(attrs, 'formatCode') ?? ''));
  }
  const dates = new Set<number>();
  let index = 0;
  for (const [attrs] of elements(firstInner(stylesXml, 'cellXfs') ?? '', 'xf')) {
    const id = Number(attribute(attrs, 'numFmtId') ?? 0);
    const code = custom.get(id);
    if (code !== undefined ? isDateFormat(code) : BUILT_IN_DATES.has(id)) dates.add(index);
    index++;
  }
  return dates;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel's day count (from 1899-12-30) as `YYYY-MM-DD`, with ` HH:MM` when it has a time of day. */
export function serialDateText(serial: number): string {
  const ms = Math.round((serial - 25569) * 86_400_000);
  const d = new Date(ms);
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const time = d.getUTCHours() || d.getUTCMinutes() ? ` ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : '';
  if (serial < 1) return time.trim() || '00:00';
  return day + time;
}
