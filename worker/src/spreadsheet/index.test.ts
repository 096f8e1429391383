import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { xlsxWithSheet, zipBomb } from './fixtures/crafted';
import { readTable, SpreadsheetError } from './index';
import { writeXlsx } from './xlsx-write';

function expectRefused(bytes: Uint8Array, message: string) {
  expect(() => readTable(bytes)).toThrow(SpreadsheetError);
  expect(() => readTable(bytes)).toThrow(message);
}

const NOT_XLSX = '无法读取该 Excel 文件：请确认是 .xlsx 格式（不支持旧版 .xls）';
const TOO_BIG = '文件解压后过大，请拆分后再导入';
const WORKBOOK = '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS = '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

describe('readTable', () => {
  it('reads .xlsx by its content and trims cells', () => {
    const bytes = writeXlsx([
      {
        name: 'S',
        rows: [
          ['  题干 ', '\t答案\n'],
          [null, 3],
        ],
      },
    ]);
    expect(readTable(bytes)).toEqual([
      ['题干', '答案'],
      ['', '3'],
    ]);
  });

  it('reads CSV in UTF-8 (with BOM) and in GBK, trimmed', () => {
    expect(readTable(new TextEncoder().encode('\uFEFF 题干 ,答案\r\n'))).toEqual([['题干', '答案']]);
    const gbk = Uint8Array.of(0xcc, 0xe2, 0xb8, 0xc9, 0x2c, 0x20, 0xb4, 0xf0, 0xb0, 0xb8, 0x0d, 0x0a);
    expect(readTable(gbk)).toEqual([['题干', '答案']]);
  });
});

describe('readTable refuses', () => {
  it('binary junk', () => {
    let seed = 42;
    const random = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed >> 23;
    });
    expectRefused(random, '无法识别的文件：请上传 .xlsx 或 .csv 文件');
    // No NUL, but not text in any encoding we know.
    expectRefused(Uint8Array.of(0x80, 0xff, 0xfe, 0x81), '无法识别文件编码');
  });

  it('old .xls files', () => {
    expectRefused(
      Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0),
      '不支持旧版 .xls 文件：请在 Excel 里另存为 .xlsx 后再导入',
    );
  });

  it('zips that are broken or hold no workbook', () => {
    expectRefused(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3), NOT_XLSX);
    expectRefused(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), NOT_XLSX);
    // A workbook whose first sheet's part is missing.
    expectRefused(zipSync({ 'xl/workbook.xml': strToU8(WORKBOOK), 'xl/_rels/workbook.xml.rels': strToU8(RELS) }), NOT_XLSX);
  });

  it('a zip bomb, by its declared size and before inflating it', () => {
    for (const megabytes of [200, 30]) {
      const bomb = zipBomb(megabytes);
      expect(bomb.length).toBeLessThan(megabytes * 7000);
      const started = performance.now();
      expectRefused(bomb, TOO_BIG);
      // Inflating 30 MB takes hundreds of milliseconds; refusing from the zip directory takes almost none.
      expect(performance.now() - started).toBeLessThan(50);
    }
  });

  it('a zip bomb that declares less than it holds, after inflating no more than it declared', () => {
    for (const declared of [1000, 2 * 2 ** 20]) {
      const bomb = zipBomb(200, declared);
      const started = performance.now();
      expect(() => readTable(bomb)).toThrow(TOO_BIG);
      // Inflating all 200 MB takes over a second.
      expect(performance.now() - started).toBeLessThan(400);
    }
  });

  it('nothing that inflates to less than the budget, as a real file does', () => {
    // 15 MB of zeros read (as no rows): the bombs above are refused for their size, not as broken zips.
    expect(readTable(zipBomb(15))).toEqual([]);
  });

  it('a sheet whose cell references would fill memory with empty cells', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
    expectRefused(xlsxWithSheet(`<worksheet><sheetData>${rows}</sheetData></worksheet>`), '行 1：超过 50 列');
    expectRefused(
      xlsxWithSheet('<worksheet><sheetData><row r="1048576"><c><v>1</v></c></row></sheetData></worksheet>'),
      '文件超过 5001 行',
    );
  });
});
