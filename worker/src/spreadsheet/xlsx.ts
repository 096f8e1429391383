import { unzipSync } from 'fflate';
import { SpreadsheetError } from './errors';
import { attribute, elements, unescapeXml } from './xml';

export { writeXlsx, type SheetInput } from './xlsx-write';

const NOT_XLSX = '无法读取该 Excel 文件：请确认是 .xlsx 格式（不支持旧版 .xls）';
const TOO_BIG = '文件解压后过大，请拆分后再导入';
/** Declared uncompressed size of all the parts we read. A Worker has 128 MB of memory in all. */
const MAX_UNZIPPED_BYTES = 50 * 1024 * 1024;
/** Cells in the result, counting the empty ones that fill gaps; stops `<c r="XFD1048576">` filling memory. */
const MAX_CELLS = 2_000_000;

/**
 * The first worksheet of an .xlsx file (in the workbook's tab order, not the order of files in the zip)
 * as rows of cell text: `result[i]` is spreadsheet row i + 1 and `result[i][j]` is column j + 1, with
 * '' for empty cells. Numbers come as written ("12.0" becomes "12"), booleans as TRUE/FALSE, formulas as
 * their cached result (never evaluated). Dates stay serial numbers. Trailing empty cells and rows are dropped.
 */
export function readXlsx(bytes: Uint8Array): string[][] {
  const budget = { left: MAX_UNZIPPED_BYTES };
  const book = unzipParts(bytes, ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels'], budget);
  const workbook = book['xl/workbook.xml'];
  if (!workbook) throw new SpreadsheetError(NOT_XLSX);
  const targets = new Map<string, { type: string; path: string }>();
  for (const [attrs] of elements(text(book['xl/_rels/workbook.xml.rels']), 'Relationship')) {
    const path = resolvePart(attribute(attrs, 'Target') ?? '');
    targets.set(attribute(attrs, 'Id') ?? '', { type: attribute(attrs, 'Type') ?? '', path });
  }
  // The first <sheet> whose relationship is a worksheet; a chart sheet has no cells.
  const sheetPath = elements(text(workbook), 'sheet')
    .map(([attrs]) => targets.get(attribute(attrs, '(?:\\w+:)?id') ?? ''))
    .find((target) => target?.type.endsWith('/worksheet'))?.path;
  if (!sheetPath) throw new SpreadsheetError(NOT_XLSX);
  const stringsPath = [...targets.values()].find((t) => t.type.endsWith('/sharedStrings'))?.path ?? 'xl/sharedStrings.xml';

  const parts = unzipParts(bytes, [sheetPath, stringsPath], budget);
  if (!parts[sheetPath]) throw new SpreadsheetError(NOT_XLSX);
  const shared = elements(text(parts[stringsPath]), 'si').map(([, inner]) => richText(inner));
  return sheetRows(text(parts[sheetPath]), shared);
}

/**
 * Unzips only `names`, refusing once their declared sizes pass what is left of the budget. fflate calls the
 * filter before inflating each entry and inflates into a buffer of exactly the declared size, which never
 * grows, so a zip that lies about its sizes yields truncated XML rather than a memory blow-up (it still
 * costs the CPU of inflating the whole entry; the upload size limit and the Worker's CPU limit bound that).
 */
function unzipParts(bytes: Uint8Array, names: string[], budget: { left: number }): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!names.includes(file.name)) return false;
        budget.left -= file.originalSize;
        if (budget.left < 0) throw new SpreadsheetError(TOO_BIG);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof SpreadsheetError) throw error;
    throw new SpreadsheetError(NOT_XLSX); // not a zip, or a corrupt one
  }
}

function text(part: Uint8Array | undefined): string {
  return part ? new TextDecoder().decode(part) : '';
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
  const runs = elements(xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, ''), 't');
  return unescapeOoxml(runs.map(([, inner]) => unescapeXml(inner)).join(''));
}

/** Excel escapes characters as `_xHHHH_` (`_x000D_` is "\r"); a literal "_x" is written `_x005F_x`. */
function unescapeOoxml(value: string): string {
  return value.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function sheetRows(xml: string, shared: string[]): string[][] {
  const sparse: string[][] = []; // only non-empty cells are set; gaps are filled at the end
  let rowIndex = -1;
  for (const [rowAttrs, rowXml] of elements(elements(xml, 'sheetData')[0]?.[1] ?? '', 'row')) {
    const r = Number(attribute(rowAttrs, 'r'));
    rowIndex = Number.isInteger(r) && r > 0 ? r - 1 : rowIndex + 1; // `r` is optional
    const cells: string[] = [];
    let column = -1;
    for (const [cellAttrs, cellXml] of elements(rowXml, 'c')) {
      const letters = /^([A-Z]{1,3})\d*$/.exec(attribute(cellAttrs, 'r') ?? '')?.[1];
      column = letters ? columnIndex(letters) : column + 1;
      const value = cellText(attribute(cellAttrs, 't') ?? 'n', cellXml, shared);
      if (value !== '') cells[column] = value;
    }
    if (cells.length > 0) sparse[rowIndex] = cells;
  }
  const cellCount = sparse.reduce((sum, row) => sum + row.length, sparse.length);
  if (cellCount > MAX_CELLS) throw new SpreadsheetError(TOO_BIG);
  return Array.from(sparse, (row) => Array.from(row ?? [], (cell) => cell ?? ''));
}

/** "A" → 0, "Z" → 25, "AA" → 26. */
function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + letter.charCodeAt(0) - 64;
  return index - 1;
}

function cellText(type: string, xml: string, shared: string[]): string {
  if (type === 'inlineStr') return richText(elements(xml, 'is')[0]?.[1] ?? '');
  const v = elements(xml, 'v')[0]?.[1];
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

/** String(Number(v)) drops a ".0" and expands an exponent ("12.0", "1E+3" → "12", "1000"). */
function numberText(v: string): string {
  const n = Number(v);
  return v.trim() !== '' && Number.isFinite(n) ? String(n) : v; // anything else stays as written
}
