import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeWorld, snapshotDatabase, type World } from '../../../test/fixtures';
import { TEMPLATE_COLUMNS } from '../../contest/question-rows';
import { toCsv } from '../../../test/csv';
import { xlsxWithSheet, zipBomb } from '../../spreadsheet/fixtures/crafted';
import { writeXlsx } from '../../spreadsheet/xlsx';

const HEADER = [...TEMPLATE_COLUMNS];
const row = (type: string, stem: string, options: string[], answer: string, extra: { tags?: string; difficulty?: string } = {}) => {
  const cells = [
    type,
    stem,
    ...options,
    ...Array(6 - options.length).fill(''),
    answer,
    '依据相关规定。',
    extra.tags ?? '党章党规',
    extra.difficulty ?? '易',
  ];
  return cells;
};
const GOOD = [
  row('单选', '党的最高领导机关是什么？', ['党的全国代表大会和它所产生的中央委员会', '中央政治局', '中央书记处'], 'A'),
  row('多选', '下列属于施工现场“三宝”的有？', ['安全帽', '安全带', '安全网', '手套'], 'A、B、C', { tags: '安全生产' }),
  row('判断', '预备党员的预备期为一年。', [], '正确'),
];

const upload = (world: World, bankId: string, bytes: Uint8Array | string) =>
  call('POST', `/api/banks/${bankId}/import`, {
    token: world.people.secretary.token,
    rawBody: bytes,
    headers: { 'content-type': 'application/octet-stream' },
  });

/** Uploads a file that must be refused as unreadable, with `message`, and returns how long the answer took. */
async function refusedIn(world: World, bankId: string, bytes: Uint8Array, message: string): Promise<number> {
  const started = performance.now();
  const res = await upload(world, bankId, bytes);
  const elapsed = performance.now() - started;
  expect(res.status).toBe(400);
  expect(res.body.error.code).toBe('file_unreadable');
  expect(res.body.error.message).toContain(message);
  return elapsed;
}

describe('importing questions', () => {
  it('imports a CSV file in order, judge options filled in, answers normalized', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    const res = await upload(world, bankId, toCsv([HEADER, ...GOOD]));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ imported: 3 });
    const list = await call('GET', `/api/banks/${bankId}/questions`, { token: world.people.secretary.token });
    expect(
      list.body.questions.map((q: { type: string; answer: string; options: string[] }) => [q.type, q.answer, q.options.length]),
    ).toEqual([
      ['single', 'A', 3],
      ['multiple', 'ABC', 4],
      ['judge', 'A', 2],
    ]);
    expect(list.body.questions[2].options).toEqual(['正确', '错误']);
  });

  it('imports an .xlsx file, recognised by its bytes whatever the declared type', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    const res = await call('POST', `/api/banks/${bankId}/import`, {
      token: world.people.committee.token,
      rawBody: writeXlsx([{ name: '题目', rows: [HEADER, ...GOOD] }]),
      headers: { 'content-type': 'text/plain' },
    });
    expect(res.body).toEqual({ imported: 3 });
  });

  it('refuses a file with a bad row with a report by row and column, and writes nothing', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    const before = await snapshotDatabase();
    const rows = [
      HEADER,
      ...GOOD,
      row('单选', '施工现场临时用电采用几级配电？', ['一级', '二级', '三级', '四级'], 'E'),
      row('单项', '这一行的题型写错了', ['甲', '乙'], 'A'),
      row('单选', '党的最高领导机关是什么', ['甲', '乙'], 'A'),
    ];
    const res = await upload(world, bankId, toCsv(rows));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('import_failed');
    expect(res.body.error.message).toBe('文件中有 3 处错误，整份未导入。行 5，答案列：选项 E 不存在');
    expect(res.body.error.issues).toEqual([
      { row: 5, column: '答案', message: '选项 E 不存在' },
      { row: 6, column: '题型', message: '“单项”不是单选、多选、不定项或判断' },
      { row: 7, column: '题干', message: '与第 2 行的题目重复' },
    ]);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('reports questions already in the bank, and the other column problems', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    await upload(world, bankId, toCsv([HEADER, GOOD[0]!]));
    const res = await upload(
      world,
      bankId,
      toCsv([
        HEADER,
        GOOD[0]!,
        row('多选', '多选题只给了一个答案可以吗？', ['甲', '乙', '丙'], 'B'),
        row('单选', '选项中间空了一个会怎样？', ['甲', '', '丙'], 'A'),
        row('判断', '判断题答案写了字母 C 会怎样？', [], 'C'),
        row('单选', '难度写错会怎样？', ['甲', '乙'], 'A', { difficulty: '很难' }),
      ]),
    );
    expect(res.body.error.issues).toEqual([
      { row: 2, column: '题干', message: '题库中已有相同的题目' },
      { row: 3, column: '答案', message: '多选题至少要有两个正确选项' },
      { row: 4, column: '选项B', message: '选项之间不能有空的，请依次填写' },
      { row: 5, column: '答案', message: '选项 C 不存在' },
      { row: 6, column: '难度', message: '“很难”不是易、中、难' },
    ]);
  });

  it('refuses files that are not spreadsheets, headers that are not the template, and more than 5,000 questions', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    const exe = new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00]);
    const binary = await upload(world, bankId, exe);
    expect(binary.status).toBe(400);
    expect(binary.body.error.code).toBe('file_unreadable');
    const xls = await upload(world, bankId, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    expect(xls.body.error.message).toMatch(/不支持旧版 \.xls/);
    const header = await upload(
      world,
      bankId,
      toCsv([
        ['名称', '答案'],
        ['a', 'b'],
      ]),
    );
    expect(header.body.error.issues).toEqual([
      { row: 1, column: '表头', message: '缺少“题型”“题干”列（也认“题目”“题目内容”“正确答案”等写法，见模板的填写说明），请使用导入模板' },
    ]);
    const many = Array.from({ length: 5001 }, (_, i) => row('判断', `第 ${i + 1} 道判断题的题干内容`, [], '正确'));
    const tooMany = await upload(world, bankId, toCsv([HEADER, ...many]));
    expect(tooMany.body.error).toMatchObject({
      code: 'file_unreadable',
      message: '文件超过 5001 行（一行表头加最多 5000 行内容），请分成几个文件导入',
    });
  });

  it('imports 5,000 questions in one go', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    const rows = Array.from({ length: 5000 }, (_, i) =>
      row('单选', `第 ${i + 1} 道单选题：施工现场的安全要求`, ['甲', '乙', '丙', '丁'], 'ABCD'[i % 4]!),
    );
    const res = await upload(world, bankId, writeXlsx([{ name: '题目', rows: [HEADER, ...rows] }]));
    expect(res.body).toEqual({ imported: 5000 });
    const n = await env.DB.prepare('SELECT count(*) AS n FROM questions WHERE bank_id = ?1').bind(bankId).first<{ n: number }>();
    expect(n?.n).toBe(5000);
  }, 60_000);
});

describe('importing a file made to take the worker down', () => {
  // Each answers in milliseconds; the limits below leave room for a slow, busy test machine.
  it('refuses 4.8 MB of 2.4 million short lines at the first line past the limit', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    const lines = new TextEncoder().encode('a\n'.repeat(2_400_000));
    // Reading every line first took 2.8 s and 650 MB of heap in Node; a Worker has 128 MB.
    expect(await refusedIn(world, bankId, lines, '文件超过 5001 行')).toBeLessThan(1500);
  });

  it('refuses a sheet of 4 MB of unclosed tags, in time linear in its length', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    const sheet = `<worksheet><sheetData><row r="1">${'<c '.repeat(1_400_000)}</row></sheetData></worksheet>`;
    // The regular expression this replaced took 49 s on 200 KB of these, and four times as long for each doubling.
    expect(await refusedIn(world, bankId, xlsxWithSheet(sheet), 'Excel 文件已损坏（<c> 没有结束）')).toBeLessThan(1500);
  });

  it('refuses a zip bomb of 200 MB of zeros without inflating it, whether it declares its size or lies', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    for (const bomb of [zipBomb(200), zipBomb(200, 1000)]) {
      // Inflating the 200 MB takes over a second, into a buffer of the declared size when that is a lie.
      expect(await refusedIn(world, bankId, bomb, '文件解压后过大，请拆分后再导入')).toBeLessThan(1000);
    }
  });
});
