/**
 * Parses CSV text (RFC 4180): quoted fields with doubled quotes, commas and line breaks inside quotes,
 * CRLF, LF or CR line ends. Strips a leading BOM and drops trailing lines whose cells are all empty
 * (Excel writes ",,," for formatted but empty rows). Blank lines in the middle stay, as `['']`, so
 * row numbers in messages match the file.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i++];
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i] === '"') {
        field += '"'; // a doubled quote inside quotes is one quote
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
    else field += ch;
  }
  // The last line has no line end, or the text ended inside quotes (kept as is rather than refused).
  if (field !== '' || row.length > 0 || quoted) endRow();
  while (rows.length > 0 && rows[rows.length - 1]!.every((cell) => cell === '')) rows.pop();
  return rows;
}

/**
 * Writes rows as CSV: CRLF line ends, fields quoted only when they hold `"`, `,` or a line break, and a
 * leading BOM so Excel on Chinese Windows reads UTF-8 instead of guessing GBK. `null` is an empty cell.
 */
export function toCsv(rows: (string | number | null)[][]): string {
  const field = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return '\uFEFF' + rows.map((row) => row.map(field).join(',') + '\r\n').join('');
}
