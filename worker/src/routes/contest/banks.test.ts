import { QUESTION_HEADER_SYNONYMS } from '@sitebranch/shared/readers';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeWorld } from '../../../test/fixtures';
import { readXlsx } from '../../spreadsheet/xlsx';

const single = {
  type: 'single',
  stem: '安全生产工作坚持什么方针？',
  options: ['安全第一、预防为主、综合治理', '效益优先', '进度优先'],
  answer: 'A',
  tags: ['安全生产'],
};

describe('question banks', () => {
  it('are made by a branch’s committee for the branch, and by region admins for the region', async () => {
    const world = await makeWorld();
    const mine = await call('POST', '/api/banks', {
      token: world.people.committee.token,
      body: { name: '支部题库', branchId: world.branchId },
    });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({
      name: '支部题库',
      owner: { kind: 'branch', branchId: world.branchId },
      activeCount: 0,
      canEdit: true,
    });
    const region = await call('POST', '/api/banks', {
      token: world.people.regionAdmin.token,
      body: { name: '区域题库', regionId: world.regionId },
    });
    expect(region.body.owner).toMatchObject({ kind: 'region', branchId: null, name: '测试区域' });
    expect(
      (await call('POST', '/api/banks', { token: world.people.member.token, body: { name: 'x', branchId: world.branchId } })).status,
    ).toBe(403);
    expect(
      (await call('POST', '/api/banks', { token: world.people.committee.token, body: { name: 'x', regionId: world.regionId } })).status,
    ).toBe(403);
    expect(
      (await call('POST', '/api/banks', { token: world.people.otherSecretary.token, body: { name: 'x', branchId: world.branchId } }))
        .status,
    ).toBe(403);

    // The committee sees its bank (editable) and the region's (to draw from, not to edit).
    const list = await call('GET', '/api/banks', { token: world.people.committee.token });
    expect(list.body.banks.map((b: { name: string; canEdit: boolean }) => [b.name, b.canEdit])).toEqual([
      ['区域题库', false],
      ['支部题库', true],
    ]);
    expect((await call('GET', '/api/banks', { token: world.people.otherSecretary.token })).body.banks).toEqual([]);
  });

  it('take questions checked against their type, refuse duplicates, and retire them', async () => {
    const world = await makeWorld();
    const { bankId } = await makeBank(world, {});
    const token = world.people.secretary.token;
    const added = await call('POST', `/api/banks/${bankId}/questions`, { token, body: single });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ type: 'single', answer: 'A', difficulty: 'medium', explanation: '', status: 'active' });

    const wrong = await call('POST', `/api/banks/${bankId}/questions`, {
      token,
      body: { ...single, stem: '单选题给了两个答案会怎样？', answer: 'AB' },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields.answer).toMatch(/单选、判断只能有一个答案/);
    const judge = await call('POST', `/api/banks/${bankId}/questions`, {
      token,
      body: { type: 'judge', stem: '预备期为一年。', options: ['对', '错'], answer: 'A' },
    });
    expect(judge.body.error.fields.options).toBe('判断题的选项只能是“正确”“错误”');
    const duplicate = await call('POST', `/api/banks/${bankId}/questions`, {
      token,
      body: { ...single, stem: '安全生产工作，坚持什么方针' },
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toBe('题库中已有相同的题目');

    const retired = await call('PUT', `/api/banks/${bankId}/questions/${added.body.id}`, { token, body: { ...single, status: 'retired' } });
    expect(retired.body.status).toBe('retired');
    const active = await call('GET', `/api/banks/${bankId}/questions?status=active`, { token });
    expect(active.body).toEqual({ questions: [], total: 0, answersShown: true, withheld: 0 });
    const all = await call('GET', `/api/banks/${bankId}/questions?search=方针`, { token: world.people.regionAdmin.token });
    expect(all.body.total).toBe(1);
    expect((await call('GET', `/api/banks/${bankId}/questions`, { token: world.people.member.token })).status).toBe(403);
  });

  it('offer an Excel template with the columns and examples', async () => {
    const template = await call<Uint8Array>('GET', '/api/banks/template.xlsx', { binary: true });
    expect(template.status).toBe(200);
    expect(template.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(template.headers.get('content-disposition')).toContain(encodeURIComponent('题目导入模板.xlsx'));
    const rows = readXlsx(template.body);
    expect(rows[0]).toEqual(['题型', '题干', '选项A', '选项B', '选项C', '选项D', '选项E', '选项F', '答案', '解析', '标签', '难度']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(['单选', '多选', '判断']);
    // Its notes name the other headers the importer reads, from the importer's own table.
    const notes = readXlsx(template.body, { sheet: '填写说明' });
    const stemNote = notes.find((r) => r[0] === '题干')![1]!;
    for (const synonym of QUESTION_HEADER_SYNONYMS.题干.filter((n) => n !== '题干')) expect(stemNote).toContain(`“${synonym}”`);
    expect(notes.find((r) => r[0] === '答案')![1]).toContain('正确答案');
  });
});
