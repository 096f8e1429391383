import { describe, expect, it } from 'vitest';
import { call, makeBank, makeWorld, snapshotDatabase, type World } from '../../../test/fixtures';

const paste = (world: World, bankId: string, text: unknown, token = world.people.secretary.token) =>
  call('POST', `/api/banks/${bankId}/import-text`, { token, body: { text } });
const questionsOf = async (world: World, bankId: string) =>
  (await call('GET', `/api/banks/${bankId}/questions`, { token: world.people.secretary.token })).body.questions as {
    type: string;
    stem: string;
    options: string[];
    answer: string;
    explanation: string;
  }[];

/** A Word exam paper: section headings, answers in the stem's brackets, options on one line. */
const WORD_PAPER = [
  '2026年党建知识竞赛试题',
  '一、单选题（每题2分）',
  '1. 中国共产党成立于（ B ）',
  'A. 1919年  B. 1921年  C. 1927年  D. 1949年',
  '2．党的最高领导机关是（ A ）',
  'A．党的全国代表大会和它所产生的中央委员会',
  'B．中央政治局',
  '二、多选题',
  '3、“三会一课”中的“三会”是指（ ABC ）',
  '(A) 支部党员大会 (B) 支部委员会 (C) 党小组会 (D) 民主生活会',
  '三、判断题',
  '4. 预备党员的预备期为一年。（√）',
  '5. 党员可以不参加党的组织生活。（×）',
].join('\n');

describe('文本导入: questions pasted from a document', () => {
  it('saves a Word paper’s questions in one batch, parsed by the server', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    const res = await paste(world, bankId, WORD_PAPER);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ imported: 5 });
    const saved = await questionsOf(world, bankId);
    expect(saved.map((q) => [q.type, q.answer, q.options.length])).toEqual([
      ['single', 'B', 4],
      ['single', 'A', 2],
      ['multiple', 'ABC', 4],
      ['judge', 'A', 2],
      ['judge', 'B', 2],
    ]);
    expect(saved[0]!.options).toEqual(['1919年', '1921年', '1927年', '1949年']);
    // The answer is not left in the stem for the worker to read.
    expect(saved[0]!.stem).not.toContain('B');
  });

  it('refuses the whole paste, by line, for a problem in it or a question already in the bank, writing nothing', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    expect((await paste(world, bankId, WORD_PAPER)).status).toBe(200);
    const snapshot = await snapshotDatabase();

    const again = await paste(world, bankId, `${WORD_PAPER}\n6. 党的根本宗旨是全心全意为人民服务。（√）`);
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('import_failed');
    expect(again.body.error.issues).toHaveLength(5);
    expect(again.body.error.issues[0]).toEqual({ row: 3, column: '文本', message: '题库中已有相同的题目' });
    expect(again.body.error.message).toMatch(/^粘贴的文本中有 5 处错误，整份未导入。第 3 行：题库中已有相同的题目$/);

    const noAnswer = await paste(world, bankId, '1. 党章规定，党员必须履行哪项义务？\nA. 学习\nB. 休息');
    expect(noAnswer.status).toBe(400);
    expect(noAnswer.body.error.issues[0]).toMatchObject({ row: 1, column: '文本' });
    expect(await snapshotDatabase()).toEqual(snapshot);

    expect((await paste(world, bankId, '')).status).toBe(400);
    expect((await paste(world, bankId, 42)).status).toBe(400);
    expect((await paste(world, bankId, '只是一段话，没有题目。')).status).toBe(400);
    expect(await snapshotDatabase()).toEqual(snapshot);
  });

  it('is for those who manage the bank only', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    expect((await paste(world, bankId, WORD_PAPER, world.people.member.token)).status).toBe(403);
    expect((await paste(world, bankId, WORD_PAPER, world.people.otherSecretary.token)).status).toBe(403);
  });
});
