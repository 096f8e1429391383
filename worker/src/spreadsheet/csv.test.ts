import { describe, expect, it } from 'vitest';
import { parseCsv, toCsv } from './csv';

describe('parseCsv', () => {
  it('splits plain fields and keeps empty ones', () => {
    expect(parseCsv('a,b,c\n1,,3\n,x,')).toEqual([['a', 'b', 'c'], ['1', '', '3'], ['', 'x', '']]);
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
    expect(parseCsv('a\n\nb\r\n\r\n,,\n\n')).toEqual([['a'], [''], ['b']]);
    expect(parseCsv('')).toEqual([]);
    expect(parseCsv('\uFEFF\r\n')).toEqual([]);
  });

  it('treats a quote inside an unquoted field as text, and keeps an unterminated quoted field', () => {
    expect(parseCsv('5" screen,x')).toEqual([['5" screen', 'x']]);
    expect(parseCsv('a,"open\nend')).toEqual([['a', 'open\nend']]);
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF line ends, and quotes only where needed', () => {
    expect(toCsv([['题干', 'a,b', 'say "hi"'], [1.5, null, 'x\ny']])).toBe(
      '\uFEFF题干,"a,b","say ""hi"""\r\n1.5,,"x\ny"\r\n',
    );
  });

  it('round-trips through parseCsv', () => {
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
