/**
 * CSV files for import tests, written by an independent library (papaparse) the way Excel on
 * Chinese Windows saves them: a UTF-8 BOM, CRLF line ends, quotes only where needed. The app
 * itself never writes CSV; it only reads what organizers bring.
 */
import Papa from 'papaparse';

export function toCsv(rows: (string | number | null)[][]): string {
  return `\uFEFF${Papa.unparse(
    rows.map((row) => row.map((cell) => cell ?? '')),
    { newline: '\r\n' },
  )}\r\n`;
}
