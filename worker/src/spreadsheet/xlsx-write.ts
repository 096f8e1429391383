import { CST_OFFSET_MS, DAY_MS } from '@sitebranch/shared';
import { zipSync, strToU8 } from 'fflate';
import { escapeXml } from './xml';

/** A moment written as a real Excel date and time, in China time (Excel dates have no zone). */
export interface DateCell {
  date: number;
}
export type CellValue = string | number | null | DateCell;

/** One worksheet for writeXlsx. `columnWidths` are in Excel's units (characters of the default font). */
export interface SheetInput {
  name: string;
  /** A title row above everything, larger and bold, merged across the table's columns. */
  title?: string;
  rows: CellValue[][];
  columnWidths?: number[];
  /** Bold first row (under the title, if any), frozen with the title so both stay visible while scrolling. */
  boldHeader?: boolean;
  /** Ranges to merge, in rows of `rows` (0-based, the title not counted): where a person expects one cell across several. */
  merges?: { row: number; col: number; rows?: number; cols?: number }[];
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

// Fonts: 0 default, 1 bold, 2 the title's. Cell styles (`s=`): 1 bold, 2 a date and time, 3 the title, 4 a bold date.
// Number format 164 is our own: 2026-11-05 08:30.
const STYLES =
  `${XML}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>` +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="14"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="164" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

const STYLE = { bold: 1, date: 2, title: 3, boldDate: 4 } as const;
/** Excel counts days from 1899-12-30 (its 1900 leap-year bug included); 1970-01-01 is day 25569. */
export const excelSerial = (ms: number) => (ms + CST_OFFSET_MS) / DAY_MS + 25_569;

const frozen = (rows: number) =>
  `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${rows}" topLeftCell="A${rows + 1}" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>`;

/**
 * A minimal .xlsx (opens in Excel and WPS) with one worksheet per entry. Strings are inline (no shared
 * string table to build), numbers plain values, `null` and '' empty cells. Sheet names are made valid:
 * at most 31 characters, none of []:*?/\, unique.
 */
export function writeXlsx(sheets: SheetInput[]): Uint8Array {
  const names = sheetNames(sheets.map((sheet) => sheet.name));
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join('') +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>` +
        names.map((name, i) => `<sheet name="${escapeXml(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `${XML}<Relationships xmlns="${PKG_REL}">` +
        sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/styles.xml': strToU8(STYLES),
  };
  for (const [i, sheet] of sheets.entries()) files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet));
  return zipSync(files, { level: 6 });
}

function sheetXml({ title, rows, columnWidths = [], boldHeader = false, merges = [] }: SheetInput): string {
  const cols = columnWidths
    .map((width, i) => (width > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>` : ''))
    .join('');
  const offset = title === undefined ? 0 : 1;
  const width = Math.max(1, ...rows.map((row) => row.length));
  const body = rows.map((row, r) => {
    const bold = boldHeader && r === 0;
    const cells = row.map((value, c) => cellXml(`${columnLetters(c)}${r + offset + 1}`, value, bold));
    return `<row r="${r + offset + 1}">${cells.join('')}</row>`;
  });
  if (title !== undefined) body.unshift(`<row r="1" ht="24" customHeight="1">${cellXml('A1', title, false, STYLE.title)}</row>`);
  const ranges = [
    ...(title !== undefined && width > 1 ? [`A1:${columnLetters(width - 1)}1`] : []),
    ...merges.map(
      (m) => `${columnLetters(m.col)}${m.row + offset + 1}:${columnLetters(m.col + (m.cols ?? 1) - 1)}${m.row + offset + (m.rows ?? 1)}`,
    ),
  ];
  const frozenRows = offset + (boldHeader ? 1 : 0);
  return (
    `${XML}<worksheet xmlns="${MAIN}">${frozenRows ? frozen(frozenRows) : ''}${cols ? `<cols>${cols}</cols>` : ''}` +
    `<sheetData>${body.join('')}</sheetData>` +
    (ranges.length
      ? `<mergeCells count="${ranges.length}">${ranges.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
      : '') +
    '</worksheet>'
  );
}

/**
 * One cell. Text is always an inline string: a name or a reply that begins with =, +, - or @ is
 * shown as typed and never becomes a formula (there is no <f> in anything this writes).
 */
function cellXml(ref: string, value: CellValue, bold: boolean, style?: number): string {
  if (value === null || value === '') return '';
  if (typeof value === 'object') {
    return `<c r="${ref}" s="${bold ? STYLE.boldDate : STYLE.date}"><v>${excelSerial(value.date)}</v></c>`;
  }
  const s = style ?? (bold ? STYLE.bold : 0);
  const styled = s ? ` s="${s}"` : '';
  if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${styled}><v>${value}</v></c>`;
  return `<c r="${ref}"${styled} t="inlineStr"><is><t xml:space="preserve">${cellString(String(value))}</t></is></c>`;
}

/**
 * XML turns a "\r" in text into "\n" when read, and Excel reads "_x000D_" as "\r": write "\r" as
 * `_x000D_`, and escape a literal "_xHHHH_" as `_x005F_xHHHH_` so it comes back unchanged.
 */
function cellString(text: string): string {
  return escapeXml(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replaceAll('\r', '_x000D_'));
}

/** 0 → "A", 25 → "Z", 26 → "AA". */
function columnLetters(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** Excel refuses names over 31 characters, with []:*?/\, blank, or repeated (case-insensitively). */
function sheetNames(wanted: string[]): string[] {
  const used = new Set<string>();
  return wanted.map((name, i) => {
    const base =
      name
        .replace(/[[\]:*?/\\]/g, '')
        .replace(/^'+|'+$/g, '')
        .trim()
        .slice(0, 31) || `Sheet${i + 1}`;
    let unique = base;
    for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    used.add(unique.toLowerCase());
    return unique;
  });
}
