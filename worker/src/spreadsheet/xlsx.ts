import { SpreadsheetError } from './errors';
import { dateStyles, serialDateText } from './xlsx-dates';
import { cellTooLong, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, tooManyColumns, tooManyRows } from './limits';
import { NOT_XLSX, openZip, TOO_BIG } from './unzip';
import { attribute, elements, firstInner, unescapeXml, withoutElements } from './xml';

export { writeXlsx, type SheetInput } from './xlsx-write';

/**
 * Inflated size of all the parts we read, as declared and as inflated. A Worker has 128 MB of memory in
 * all, and a part is held as bytes and then as text while it is read.
 */
const MAX_INFLATED_BYTES = 20 * 1024 * 1024;
/** The first sheet cannot use more shared strings than it has cells; reading more would only fill memory. */
const MAX_SHARED_STRINGS = MAX_ROWS * MAX_COLUMNS;

/**
 * The first worksheet of an .xlsx file (in the workbook's tab order, not the order of files in the zip)
 * as rows of cell text: `result[i]` is spreadsheet row i + 1 and `result[i][j]` is column j + 1, with
 * '' for empty cells. Numbers come as written ("12.0" becomes "12"), booleans as TRUE/FALSE, formulas as
 * their cached result (never evaluated). Dates stay serial numbers unless `datesAsText` (an import reads
 * them as typed: `2021-07-01`). Trailing empty cells and rows are dropped. Throws a SpreadsheetError at
 * the first row, column or cell past the limits (see ./limits). `sheet` names another worksheet to read
 * instead (the ledger's tests read every sheet).
 */
export function readXlsx(bytes: Uint8Array, options: { sheet?: string; datesAsText?: boolean } = {}): string[][] {
  const zip = openZip(bytes, MAX_INFLATED_BYTES);
  // As text at once, so that the inflated bytes can go.
  const part = (name: string) => {
    const inflated = zip(name);
    return inflated && new TextDecoder().decode(inflated);
  };
  const workbook = part('xl/workbook.xml');
  if (workbook === undefined) throw new SpreadsheetError(NOT_XLSX);
  const targets = new Map<string, { type: string; path: string }>();
  for (const [attrs] of elements(part('xl/_rels/workbook.xml.rels') ?? '', 'Relationship')) {
    const path = resolvePart(attribute(attrs, 'Target') ?? '');
    targets.set(attribute(attrs, 'Id') ?? '', { type: attribute(attrs, 'Type') ?? '', path });
  }
  // The first <sheet> (or the one named) whose relationship is a worksheet; a chart sheet has no cells.
  let sheetPath: string | undefined;
  for (const [attrs] of elements(workbook, 'sheet')) {
    const target = targets.get(attribute(attrs, '(?:\\w+:)?id') ?? '');
    if (options.sheet !== undefined && attribute(attrs, 'name') !== options.sheet) continue;
    if (target?.type.endsWith('/worksheet')) {
      sheetPath = target.path;
      break;
    }
  }
  if (!sheetPath) throw new SpreadsheetError(NOT_XLSX);
  const pathOf = (type: string, fallback: string) => [...targets.values()].find((t) => t.type.endsWith(type))?.path ?? fallback;
  const dates = options.datesAsText ? dateStyles(part(pathOf('/styles', 'xl/styles.xml')) ?? '') : new Set<number>();

  const sheet = part(sheetPath);
  if (sheet === undefined) throw new SpreadsheetError(NOT_XLSX);
  return sheetRows(sheet, sharedStrings(part(pathOf('/sharedStrings', 'xl/sharedStrings.xml')) ?? ''), dates);
}

function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  for (const [, inner] of elements(xml, 'si')) {
    if (strings.length === MAX_SHARED_STRINGS) throw new SpreadsheetError(TOO_BIG);
    strings.push(richText(inner));
  }
  return strings;
}

/** A relationship target to a zip path: relative to `xl/` unless it starts with '/'. */
function resolvePart(target: string): string {
  const segments = target.startsWith('/') ? [] : ['xl'];
  for (const segment of target.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments.join('/');
}

/** The text of a shared or inline string: all its `<t>` runs, without phonetic guides (`<rPh>`). */
function richText(xml: string): string {
  let runs = '';
  for (const [, inner] of elements(withoutElements(xml, 'rPh'), 't')) runs += unescapeXml(inner);
  return unescapeOoxml(runs);
}

/** Excel escapes characters as `_xHHHH_` (`_x000D_` is "\r"); a literal "_x" is written `_x005F_x`. */
function unescapeOoxml(value: string): string {
  return value.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function sheetRows(xml: string, shared: string[], dates: Set<number>): string[][] {
  const sparse: string[][] = []; // only non-empty cells are set; gaps are filled at the end
  let rowIndex = -1;
  for (const [rowAttrs, rowXml] of elements(firstInner(xml, 'sheetData') ?? '', 'row')) {
    const r = Number(attribute(rowAttrs, 'r'));
    rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1; // `r` is optional
    const cells: string[] = [];
    let column = -1;
    for (const [cellAttrs, cellXml] of elements(rowXml, 'c')) {
      const letters = /^([A-Z]{1,3})\d*$/.exec(attribute(cellAttrs, 'r') ?? '')?.[1];
      column = letters ? columnIndex(letters) : column + 1;
      const type = attribute(cellAttrs, 't') ?? 'n';
      const value = type === 'n' && dates.has(Number(attribute(cellAttrs, 's'))) ? dateText(cellXml) : cellText(type, cellXml, shared);
      if (value === '') continue; // formatted but empty cells are never limited
      if (column >= MAX_COLUMNS) throw tooManyColumns(rowIndex + 1);
      if (value.length > MAX_CELL_CHARS) throw cellTooLong(rowIndex + 1);
      cells[column] = value;
    }
    if (cells.length === 0) continue;
    if (rowIndex >= MAX_ROWS) throw tooManyRows();
    sparse[rowIndex] = cells;
  }
  return Array.from(sparse, (row) => Array.from(row ?? [], (cell) => cell ?? ''));
}

/** "A" → 0, "Z" → 25, "AA" → 26. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1;
}

function cellText(type: string, xml: string, shared: string[]): string {
  if (type === 'inlineStr') return richText(firstInner(xml, 'is') ?? '');
  const v = firstInner(xml, 'v');
  if (v === undefined) return '';
  switch (type) {
    case 's':
      return shared[Number(v)] ?? '';
    case 'b':
      return v.trim() === '1' ? 'TRUE' : 'FALSE';
    case 'str': // a formula's cached text result
      return unescapeOoxml(unescapeXml(v));
    case 'n':
      return numberText(v);
    default: // 'e' (#N/A and friends) and 'd' (ISO dates): as written
      return unescapeXml(v);
  }
}

/** A number in a date style, as the date it shows. */
function dateText(xml: string): string {
  const v = firstInner(xml, 'v');
  const n = Number(v);
  return v === undefined || v.trim() === '' ? '' : Number.isFinite(n) ? serialDateText(n) : v;
}

/** String(Number(v)) drops a ".0" and expands an exponent ("12.0", "1E+3" → "12", "1000"). */
function numberText(v: string): string {
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? String(n) : v; // anything else stays as written
}
