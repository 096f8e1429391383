import { parseCsv } from './csv';
import { decodeText } from './decode';
import { SpreadsheetError } from './errors';
import { readXlsx } from './xlsx';

export { SpreadsheetError } from './errors';

/**
 * The table in an uploaded file, whatever its type: .xlsx (first worksheet) or CSV in UTF-8 or GBK.
 * Told apart by content, not by file name. Cells are trimmed. Throws SpreadsheetError with a message
 * for the user when the file cannot be read, or as soon as it is read past the limits in ./limits.
 */
export function readTable(bytes: Uint8Array): string[][] {
  const rows = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) ? readXlsx(bytes, { datesAsText: true }) : readText(bytes);
  return rows.map((row) => row.map((cell) => cell.trim()));
}

function readText(bytes: Uint8Array): string[][] {
  // The OLE2 container of Excel 97–2003 (.xls); reading it would take a far bigger library.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new SpreadsheetError('不支持旧版 .xls 文件：请在 Excel 里另存为 .xlsx 后再导入');
  }
  // NUL is never in a CSV but almost always in binaries (images, PDFs). Checked on the bytes, before
  // decoding, so such a file is not blamed on its encoding: in UTF-8 and GB18030 a 0 byte only means NUL.
  if (bytes.includes(0)) throw new SpreadsheetError('无法识别的文件：请上传 .xlsx 或 .csv 文件');
  return parseCsv(decodeText(bytes));
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}
