import { cellTooLong, MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS, tooManyColumns, tooManyRows } from './limits';

/**
 * Parses CSV text (RFC 4180): quoted fields with doubled quotes, commas and line breaks inside quotes,
 * CRLF, LF or CR line ends. Strips a leading BOM. Empty cells after a row's last filled one and rows with
 * nothing in them after the last filled row are dropped, as readXlsx drops them (Excel writes ",,," for
 * formatted but empty rows); blank rows in the middle stay, as `[]`, so row numbers in messages match the
 * file. Throws a SpreadsheetError at the first row, column or cell past the limits, before reading on.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // Empty cells and blank rows are counted, and added only once something filled follows them: a file of
  // commas or line ends then costs no memory, and trailing ones never count against the limits.
  let emptyCells = 0;
  let blankRows = 0;
  const rowNumber = () => rows.length + blankRows + 1;
  const append = (chars: string) => {
    field += chars;
    if (field.length > MAX_CELL_CHARS) throw cellTooLong(rowNumber());
  };
  const endField = () => {
    if (field === '') {
      emptyCells++;
      return;
    }
    if (row.length === 0 && rowNumber() > MAX_ROWS) throw tooManyRows();
    if (row.length + emptyCells >= MAX_COLUMNS) throw tooManyColumns(rowNumber());
    for (; emptyCells > 0; emptyCells--) row.push('');
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    emptyCells = 0;
    if (row.length === 0) {
      blankRows++;
      return;
    }
    for (; blankRows > 0; blankRows--) rows.push([]);
    rows.push(row);
    row = [];
  };
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  while (i < text.length) {
    const ch = text[i++]!;
    if (quoted) {
      if (ch !== '"') append(ch);
      else if (text[i] === '"') {
        append('"'); // a doubled quote inside quotes is one quote
        i++;
      } else quoted = false;
    } else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r') {
      if (text[i] === '\n') i++;
      endRow();
    }
    // A quote opens a quoted section only at the start of a field; elsewhere (`5" screen`) it is text.
    else if (ch === '"' && field === '') quoted = true;
    else append(ch);
  }
  // The last line may have no line end, or the text may end inside quotes (kept as is rather than refused).
  endRow();
  return rows;
}
