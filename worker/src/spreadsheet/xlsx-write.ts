import { zipSync, strToU8 } from 'fflate';
import { escapeXml } from './xml';

/** One worksheet for writeXlsx. `columnWidths` are in Excel's units (characters of the default font). */
export interface SheetInput {
  name: string;
  rows: (string | number | null)[][];
  columnWidths?: number[];
  /** Bold first row, frozen so it stays visible while scrolling. */
  boldHeader?: boolean;
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

// Font 0 is the default, font 1 bold; cell style 1 (`s="1"`) uses the bold font.
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

const FROZEN_HEADER =
  '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';

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
    '_rels/.rels': strToU8(`${XML}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
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
  sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(sheetXml(sheet))));
  return zipSync(files, { level: 6 });
}

function sheetXml({ rows, columnWidths = [], boldHeader = false }: SheetInput): string {
  const cols = columnWidths
    .map((width, i) => (width > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"/>` : ''))
    .join('');
  const body = rows.map((row, r) => {
    const style = boldHeader && r === 0 ? ' s="1"' : '';
    const cells = row.map((value, c) => {
      const ref = `${columnLetters(c)}${r + 1}`;
      if (value === null || value === '') return '';
      if (typeof value === 'number' && Number.isFinite(value)) return `<c r="${ref}"${style}><v>${value}</v></c>`;
      return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${cellString(String(value))}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  return (
    `${XML}<worksheet xmlns="${MAIN}">${boldHeader ? FROZEN_HEADER : ''}${cols ? `<cols>${cols}</cols>` : ''}` +
    `<sheetData>${body.join('')}</sheetData></worksheet>`
  );
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
    const base = name.replace(/[[\]:*?/\\]/g, '').replace(/^'+|'+$/g, '').trim().slice(0, 31) || `Sheet${i + 1}`;
    let unique = base;
    for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    used.add(unique.toLowerCase());
    return unique;
  });
}
