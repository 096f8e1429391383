import { describe, expect, it } from 'vitest';
import { toCsv } from '../../test/csv';
import { parseCsv } from './csv';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS } from './limits';

describe('parseCsv', () => {
  it('splits plain fields and keeps empty ones, but not those after the last filled cell', () => {
    expect(parseCsv('a,b,c\n1,,3\n,x,')).toEqual([
      ['a', 'b', 'c'],
      ['1', '', '3'],
      ['', 'x'],
    ]);
  });

  it('handles quoted fields: commas, doubled quotes, line breaks inside quotes', () => {
    const text = '"a,b","say ""hi""","line1\r\nline2","",x\n"multi\nline",2';
    expect(parseCsv(text)).toEqual([
      ['a,b', 'say "hi"', 'line1\r\nline2', '', 'x'],
      ['multi\nline', '2'],
    ]);
  });

  it('accepts CRLF, LF and CR line ends, mixed', () => {
    expect(parseCsv('a\r\nb\nc\rd')).toEqual([['a'], ['b'], ['c'], ['d']]);
  });

  it('strips a leading BOM only', () => {
    expect(parseCsv('\uFEFF题干,答案\r\n')).toEqual([['题干', '答案']]);
    expect(parseCsv('\uFEFF"quoted"')).toEqual([['quoted']]);
  });

  it('drops trailing empty lines but keeps blank lines in the middle (row numbers stay right)', () => {
    expect(parseCsv('a\n\nb\r\n\r\n,,\n\n')).toEqual([['a'], [], ['b']]);
    expect(parseCsv('a\n,,\nb')).toEqual([['a'], [], ['b']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF\r\n')).toEqual([]);
  });

  it('treats a quote inside an unquoted field as text, and keeps an unterminated quoted field', () => {
    expect(parseCsv('5" screen,x')).toEqual([['5" screen', 'x']]);
    expect(parseCsv('a,"open\nend')).toEqual([['a', 'open\nend']]);
  });
});

describe('parseCsv limits', () => {
  const lines = (count: number, line = 'a') => `${line}\n`.repeat(count);

  it('reads up to MAX_ROWS rows, blank ones in the middle included, and refuses the next filled one', () => {
    expect(parseCsv(lines(MAX_ROWS))).toHaveLength(MAX_ROWS);
    expect(parseCsv(`${lines(MAX_ROWS - 3)}\n,,\na`)).toHaveLength(MAX_ROWS);
    expect(() => parseCsv(lines(MAX_ROWS + 1))).toThrow(`文件超过 ${MAX_ROWS} 行（一行表头加最多 5000 行内容），请分成几个文件导入`);
    expect(() => parseCsv(`${lines(MAX_ROWS - 1)}\n\na`)).toThrow(`文件超过 ${MAX_ROWS} 行`);
  });

  it('stops at the row limit instead of reading the rest: 2.4 million lines take as long as 5,000', () => {
    const text = lines(2_400_000);
    const started = performance.now();
    expect(() => parseCsv(text)).toThrow(`文件超过 ${MAX_ROWS} 行`);
    // Parsing them all took 2.8 s and 650 MB of heap in Node; the first 5,002 take a few milliseconds.
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('costs nothing for trailing blank lines and empty cells, however many', () => {
    const started = performance.now();
    expect(parseCsv(lines(3) + '\r\n'.repeat(1_000_000) + ',,,,\n'.repeat(100_000))).toEqual([['a'], ['a'], ['a']]);
    expect(parseCsv(`a${','.repeat(1_000_000)}\nb`)).toEqual([['a'], ['b']]);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses a row with a filled cell past MAX_COLUMNS, naming the row', () => {
    const row = (count: number) => Array(count).fill('x').join(',');
    expect(parseCsv(row(MAX_COLUMNS))[0]).toHaveLength(MAX_COLUMNS);
    expect(() => parseCsv(`a\n${row(MAX_COLUMNS + 1)}`)).toThrow(`行 2：超过 ${MAX_COLUMNS} 列，请按导入模板填写`);
    expect(() => parseCsv(`a${','.repeat(MAX_COLUMNS)}b`)).toThrow(`行 1：超过 ${MAX_COLUMNS} 列`);
  });

  it('refuses a cell longer than MAX_CELL_CHARS, quoted or not, naming the row', () => {
    const long = 'x'.repeat(MAX_CELL_CHARS);
    expect(parseCsv(`${long},"${long}"`)).toEqual([[long, long]]);
    expect(() => parseCsv(`a\n${long}x`)).toThrow(`行 2：有单元格超过 ${MAX_CELL_CHARS} 个字，请检查文件`);
    // Refused at that character, not at the end of the field: this one never ends.
    expect(() => parseCsv(`a,"${long}x${'y'.repeat(4_000_000)}`)).toThrow(`行 1：有单元格超过 ${MAX_CELL_CHARS} 个字`);
  });
});

describe('parseCsv against an independent writer (papaparse, as Excel saves CSV)', () => {
  it('writes a BOM, CRLF line ends, and quotes only where needed', () => {
    expect(
      toCsv([
        ['题干', 'a,b', 'say "hi"'],
        [1.5, null, 'x\ny'],
      ]),
    ).toBe('\uFEFF题干,"a,b","say ""hi"""\r\n1.5,,"x\ny"\r\n');
  });

  it('reads back what it wrote', () => {
    const rows = [
      ['题干', '选项A', '答案'],
      ['含,逗号', '含"引号"', '多\r\n行'],
      ['', ' 空格 ', '\r'],
      ['12', '-0.5', '=1+1'],
    ];
    expect(parseCsv(toCsv(rows))).toEqual(rows);
    expect(parseCsv(toCsv([[1, null, 'x']]))).toEqual([['1', '', 'x']]);
  });
});
