/**
 * Every .xlsx the app writes (the ledger, the question and roster templates), opened by a reader
 * that is not ours (SheetJS), so a file only our own reader understands cannot pass. The browser
 * test opens the downloaded ledger with a third (exceljs).
 */
import { describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { call, makeWorld } from '../../test/fixtures';
import { importTemplateXlsx } from '../contest/template';
import { rosterTemplateXlsx } from '../roster/template';
import { readXlsx } from './xlsx';
import { writeXlsx } from './xlsx-write';

const open = (bytes: Uint8Array) => XLSX.read(bytes, { type: 'array' });
const rowsOf = (book: XLSX.WorkBook, sheet: string) =>
  XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[sheet]!, { header: 1, raw: true, defval: '' });

describe('the spreadsheet writer, read by SheetJS', () => {
  it('keeps text as typed, numbers as numbers, dates as Excel dates in China time, and the merges', () => {
    const at = Date.UTC(2026, 10, 5, 0, 30); // 2026-11-05 08:30 in China
    const book = open(
      writeXlsx([
        {
          name: '活动台账/十一月?',
          title: '测试支部 台账',
          rows: [
            ['日期', '名称', '人数', '备注'],
            [{ date: at }, '=班前会', 12, null],
            ['合计', '', 12.5, '含"引号"与<尖括号>&'],
          ],
          boldHeader: true,
          merges: [{ row: 2, col: 0, cols: 2 }],
        },
      ]),
    );
    // A sheet name Excel refuses (/ and ?) was made valid.
    expect(book.SheetNames).toEqual(['活动台账十一月']);
    const sheet = book.Sheets.活动台账十一月!;
    expect(rowsOf(book, '活动台账十一月')).toEqual([
      ['测试支部 台账', '', '', ''],
      ['日期', '名称', '人数', '备注'],
      [expect.closeTo(46331.354167, 5), '=班前会', 12, ''],
      ['合计', '', 12.5, '含"引号"与<尖括号>&'],
    ]);
    expect(sheet.B3).toMatchObject({ t: 's', v: '=班前会' });
    expect(sheet.B3.f).toBeUndefined();
    expect(XLSX.SSF.format('yyyy-mm-dd hh:mm', sheet.A3.v)).toBe('2026-11-05 08:30');
    expect(sheet['!merges']?.map((range) => XLSX.utils.encode_range(range))).toEqual(expect.arrayContaining(['A4:B4']));
  });

  it('writes templates whose header rows SheetJS reads as ours does', () => {
    for (const [bytes, first] of [
      [importTemplateXlsx(), '题目'],
      [rosterTemplateXlsx(), '花名册'],
    ] as const) {
      const book = open(bytes);
      expect(book.SheetNames).toEqual([first, '填写说明']);
      for (const name of book.SheetNames) {
        const theirs = rowsOf(book, name).map((row) => row.map(String));
        expect(theirs).toEqual(readXlsx(bytes, { sheet: name }).map((row) => [...row, ...Array(theirs[0]!.length - row.length).fill('')]));
      }
    }
  });

  it('sends a ledger SheetJS opens, with the sheets and the overview our reader sees', async () => {
    const world = await makeWorld();
    const res = await call<Uint8Array>('GET', `/api/branches/${world.branchId}/ledger.xlsx`, {
      token: world.people.secretary.token,
      binary: true,
    });
    expect(res.status).toBe(200);
    const book = open(res.body);
    expect(book.SheetNames).toHaveLength(6);
    expect(book.SheetNames[0]).toBe('概况');
    const overview = rowsOf(book, '概况').map((row) => row.filter((cell) => cell !== '').map(String));
    expect(overview[0]![0]).toContain('测试工地支部 台账概况');
    expect(overview).toEqual(readXlsx(res.body, { sheet: '概况' }).map((row) => row.filter((cell) => cell !== '')));
  });
});
