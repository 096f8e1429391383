import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { openpyxlXlsx, xlsxwriterXlsx } from './fixtures/fixtures';
import { MAX_CELL_CHARS, MAX_COLUMNS, MAX_ROWS } from './limits';
import { readXlsx, writeXlsx } from './xlsx';
import { fromBase64 } from '../../test/base64';

/** A bare .xlsx around hand-written XML, for what the generators never write. */
function handmade(sheetData: string, sharedStrings = ''): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<Relationships><Relationship Id="rId1" Type="x/worksheet" Target="worksheets/s.xml"/></Relationships>',
    ),
    'xl/worksheets/s.xml': strToU8(`<worksheet><sheetData>${sheetData}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': strToU8(`<sst>${sharedStrings}</sst>`),
  });
}

describe('writeXlsx → readXlsx', () => {
  it('gives back the same cells', () => {
    const rows = [
      ['题干', '分值', '备注', '答案'],
      ['中国共产党的根本宗旨是什么？', 5, null, 'A'],
      ['<&>"\' 实体', 2.5, '', -3],
      [null, null, null, null],
      ['多行\r\n文本', 1e6, ' 前后空格 ', '_x000D_ 字面'],
    ];
    const expected = [
      ['题干', '分值', '备注', '答案'],
      ['中国共产党的根本宗旨是什么？', '5', '', 'A'],
      ['<&>"\' 实体', '2.5', '', '-3'],
      [],
      ['多行\r\n文本', '1000000', ' 前后空格 ', '_x000D_ 字面'],
    ];
    expect(readXlsx(writeXlsx([{ name: '题库', rows, boldHeader: true, columnWidths: [40, 8] }]))).toEqual(expected);
  });

  it('reads only the first sheet, and strips characters XML cannot hold', () => {
    const bytes = writeXlsx([
      { name: 'first', rows: [['a\u0001b\uFFFE']] },
      { name: 'second', rows: [['ignored']] },
    ]);
    expect(readXlsx(bytes)).toEqual([['ab']]);
  });

  it('writes valid names, widths, bold frozen header', () => {
    const files = unzipSync(
      writeXlsx([
        { name: '一季度[汇总]: a/b\\c*?', rows: [['h']], columnWidths: [12, 0, 30], boldHeader: true },
        { name: 'x'.repeat(40), rows: [] },
        { name: 'X'.repeat(40), rows: [] },
        { name: '', rows: [] },
      ]),
    );
    expect(Object.keys(files)).toContain('[Content_Types].xml');
    const workbook = strFromU8(files['xl/workbook.xml']!);
    const names = [...workbook.matchAll(/name="([^"]*)"/g)].map((m) => m[1]);
    expect(names).toEqual(['一季度汇总 abc', 'x'.repeat(31), `${'X'.repeat(27)} (2)`, 'Sheet4']);
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain(
      '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="3" max="3" width="30" customWidth="1"/></cols>',
    );
    expect(sheet).toContain('<c r="A1" s="1" t="inlineStr">');
    expect(strFromU8(files['xl/worksheets/sheet2.xml']!)).not.toContain('<sheetViews>');
  });
});

describe('writeXlsx for the ledger', () => {
  it('writes a merged title row, a frozen header under it, real dates in China time, merged cells, and text that is never a formula', () => {
    const files = unzipSync(
      writeXlsx([
        {
          name: '活动台账',
          title: '滨江花园项目临时党支部 活动台账（2026年11月）',
          rows: [
            ['日期', '活动', '缺勤'],
            [{ date: Date.UTC(2026, 10, 5, 0, 30) }, '=HYPERLINK("http://x")', '+86 王五'],
            [null, '@SUM(A1)', '-1'],
          ],
          boldHeader: true,
          merges: [{ row: 1, col: 0, rows: 2 }],
        },
      ]),
    );
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    expect(sheet).toContain('<pane ySplit="2" topLeftCell="A3" activePane="bottomLeft" state="frozen"/>');
    expect(sheet).toContain('<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="A3:A4"/></mergeCells>');
    expect(sheet).toContain(
      '<c r="A1" s="3" t="inlineStr"><is><t xml:space="preserve">滨江花园项目临时党支部 活动台账（2026年11月）</t></is></c>',
    );
    expect(sheet).toContain('<c r="A2" s="1" t="inlineStr">');
    // 2026-11-05 08:30 in China: day 46331 and 8.5 hours.
    expect(Number(/<c r="A3" s="2"><v>([\d.]+)<\/v><\/c>/.exec(sheet)?.[1])).toBeCloseTo(46331 + 8.5 / 24, 9);
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('<c r="B3" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;http://x&quot;)</t></is></c>');
    expect(strFromU8(files['xl/styles.xml']!)).toContain('<numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/>');
    // Our reader gives the header row and the text back as typed (the e2e test reads the ledger with another reader).
    const read = readXlsx(writeXlsx([{ name: 'S', title: 'T', rows: [['=1+1', '-2', '@x']] }]));
    expect(read).toEqual([['T'], ['=1+1', '-2', '@x']]);
  });
});

describe('readXlsx on files from other tools', () => {
  it('reads an openpyxl file: the first tab though it is sheet2.xml, inline strings, gaps', () => {
    expect(readXlsx(fromBase64(openpyxlXlsx))).toEqual([
      ['题干', '分值', '备注', '答案'],
      ['党的性质', '5', '', 'A'],
      ['<&>"\' 实体', '2.5', '备注', 'B'],
      [],
      ['最后一题', '1000000', '', 'C'],
    ]);
  });

  it('reads an xlsxwriter file: rich text, booleans, cached formula results, escapes', () => {
    expect(readXlsx(fromBase64(xlsxwriterXlsx))).toEqual([
      ['plain 粗体 tail', 'TRUE', 'FALSE'],
      ['12', 'abcd', '2'],
      ['line1\r\nline2', '_x0041_'],
      ['题干', '题干'],
    ]);
  });
});

describe('readXlsx on hand-written XML', () => {
  it('places cells without `r` after the previous one, and rows without `r` after the previous row', () => {
    const xml =
      '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row><row r="3"><c r="B3"><v>x</v></c></row><row><c><v>4</v></c></row>';
    expect(readXlsx(handmade(xml))).toEqual([['1', '2', '', '', '5', '6'], [], ['', 'x'], ['4']]);
  });

  it('normalizes numbers as Excel and other tools write them; keeps what is no number as written', () => {
    const values = ['12.0', '1E+3', '-0.50', '0.1', '1.5E-3', '3.0000000000000004', 'NaN?'];
    const xml = `<row r="1">${values.map((v) => `<c t="n"><v>${v}</v></c>`).join('')}</row>`;
    expect(readXlsx(handmade(xml))).toEqual([['12', '1000', '-0.5', '0.1', '0.0015', '3.0000000000000004', 'NaN?']]);
  });

  it('resolves entities, _xHHHH_ escapes, rich runs, phonetic guides, empty and prefixed elements', () => {
    const shared =
      '<si><t>&amp;&lt;&gt;&quot;&apos;&#x4E2D;&#25991;</t></si><si/>' +
      '<si><r><t xml:space="preserve">a </t></r><r><rPr><b/></rPr><t>b</t></r><rPh sb="0" eb="1"><t>ふ</t></rPh></si>' +
      '<si><t>1_x000D__x000A_2 _x005F_x0041_</t></si>';
    const xml =
      '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></x:row>' +
      '<row r="2"><c r="A2" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="B2" t="e"><v>#N/A</v></c>' +
      '<c r="C2" t="str"><f>A1</f><v>&lt;x&gt;</v></c><c r="D2" t="b"><v>0</v></c><c r="E2" s="3"/><c r="F2" t="s"><v>99</v></c></row>';
    expect(readXlsx(handmade(xml, shared))).toEqual([
      ['&<>"\'中文', '', 'a b', '1\r\n2 _x0041_'],
      ['inline', '#N/A', '<x>', 'FALSE'],
    ]);
  });
});

describe('readXlsx limits', () => {
  const filled = (r: number) => `<row r="${r}"><c t="inlineStr"><is><t>x</t></is></c></row>`;

  it('reads up to MAX_ROWS rows and refuses a filled row past them, but not formatted empty ones', () => {
    const styled = `<row r="${MAX_ROWS + 1}"><c r="A${MAX_ROWS + 1}" s="1"/></row><row r="1048576" s="2"/>`;
    expect(readXlsx(handmade(filled(1) + filled(MAX_ROWS) + styled))).toHaveLength(MAX_ROWS);
    expect(() => readXlsx(handmade(filled(1) + filled(MAX_ROWS + 1)))).toThrow(`文件超过 ${MAX_ROWS} 行`);
    // Rows without `r` count on from the previous one.
    const rows = Array.from({ length: MAX_ROWS + 1 }, () => '<row><c><v>1</v></c></row>').join('');
    expect(() => readXlsx(handmade(rows))).toThrow(`文件超过 ${MAX_ROWS} 行`);
  });

  it('refuses a filled cell past MAX_COLUMNS and a cell longer than MAX_CELL_CHARS, shared or inline', () => {
    const wide = `<row r="3"><c r="A3" s="1"/><c r="ZZ3" s="1"/><c><v>1</v></c></row>`;
    expect(() => readXlsx(handmade(wide))).toThrow(`行 3：超过 ${MAX_COLUMNS} 列`);
    expect(readXlsx(handmade(`<row r="1"><c r="ZZ1" s="1"/></row>`))).toEqual([]);
    const long = 'x'.repeat(MAX_CELL_CHARS + 1);
    expect(() => readXlsx(handmade('<row r="2"><c t="s"><v>0</v></c></row>', `<si><t>${long}</t></si>`))).toThrow(
      `行 2：有单元格超过 ${MAX_CELL_CHARS} 个字`,
    );
    expect(() => readXlsx(handmade(`<row r="2"><c t="inlineStr"><is><t>${long}</t></is></c></row>`))).toThrow('行 2：有单元格超过');
  });

  it('refuses XML with an unclosed element', () => {
    expect(() => readXlsx(handmade('<row r="1"><c><v>1</v></row>'))).toThrow('Excel 文件已损坏（<c> 没有结束）');
    expect(() => readXlsx(handmade('<row r="1"><c t="s"><v>0</v></c></row>', '<si><t>a</t><rPh><t>b</t></si>'))).toThrow(
      '（<rPh> 没有结束）',
    );
  });
});
