import { strToU8, Zip, ZipDeflate, ZipPassThrough, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readTable, SpreadsheetError, writeXlsx } from './index';

function expectRefused(bytes: Uint8Array, message: string) {
  expect(() => readTable(bytes)).toThrow(SpreadsheetError);
  expect(() => readTable(bytes)).toThrow(message);
}

const NOT_XLSX = '无法读取该 Excel 文件：请确认是 .xlsx 格式（不支持旧版 .xls）';
const TOO_BIG = '文件解压后过大，请拆分后再导入';
const WORKBOOK = '<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS = '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/** A real zip whose sheet inflates to 60 MB of zeros, streamed in 1 MB pieces so the test never holds 60 MB. */
function zipBomb(): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, text] of [['xl/workbook.xml', WORKBOOK], ['xl/_rels/workbook.xml.rels', RELS]] as const) {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(strToU8(text), true);
  }
  const sheet = new ZipDeflate('xl/worksheets/sheet1.xml', { level: 1 });
  zip.add(sheet);
  const zeros = new Uint8Array(1 << 20);
  for (let i = 1; i <= 60; i++) sheet.push(zeros, i === 60);
  zip.end();
  const bytes = new Uint8Array(chunks.reduce((size, chunk) => size + chunk.length, 0));
  chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.length), 0);
  return bytes;
}

describe('readTable', () => {
  it('reads .xlsx by its content and trims cells', () => {
    const bytes = writeXlsx([{ name: 'S', rows: [['  题干 ', '\t答案\n'], [null, 3]] }]);
    expect(readTable(bytes)).toEqual([['题干', '答案'], ['', '3']]);
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
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
    expectRefused(random, '无法识别的文件：请上传 .xlsx 或 .csv 文件');
    // No NUL, but not text in any encoding we know.
    expectRefused(Uint8Array.of(0x80, 0xff, 0xfe, 0x81), '无法识别文件编码');
  });

  it('old .xls files', () => {
    expectRefused(Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0), '不支持旧版 .xls 文件：请在 Excel 里另存为 .xlsx 后再导入');
  });

  it('zips that are broken or hold no workbook', () => {
    expectRefused(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 1, 2, 3), NOT_XLSX);
    expectRefused(zipSync({ 'word/document.xml': strToU8('<w:document/>') }), NOT_XLSX);
    // A workbook whose first sheet's part is missing.
    expectRefused(zipSync({ 'xl/workbook.xml': strToU8(WORKBOOK), 'xl/_rels/workbook.xml.rels': strToU8(RELS) }), NOT_XLSX);
  });

  it('a zip bomb, by its declared size and before inflating it', () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(200_000);
    const started = performance.now();
    expectRefused(bomb, TOO_BIG);
    // Inflating 60 MB takes hundreds of milliseconds; refusing from the zip directory takes almost none.
    expect(performance.now() - started).toBeLessThan(50);
  });

  it('a sheet whose cell references would fill memory with empty cells', () => {
    const rows = Array.from({ length: 200 }, (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}"><v>1</v></c></row>`).join('');
    const sheet = `<worksheet><sheetData>${rows}</sheetData></worksheet>`;
    const bytes = zipSync({ 'xl/workbook.xml': strToU8(WORKBOOK), 'xl/_rels/workbook.xml.rels': strToU8(RELS), 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    expectRefused(bytes, TOO_BIG);
  });
});
