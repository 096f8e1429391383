/** The 花名册: its Excel template, adding a worker without a login by hand, and importing a roster file. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld, snapshotDatabase, type World } from '../../../test/fixtures';
import { ROSTER_HEADER_SYNONYMS } from '@sitebranch/shared/readers';
import { readXlsx, writeXlsx } from '../../spreadsheet/xlsx';
import { add, memberCount, members, rosterOf } from './roster-test-helpers';

const upload = (world: World, bytes: Uint8Array | string) =>
  call('POST', `${rosterOf(world)}/import`, {
    token: world.people.secretary.token,
    rawBody: bytes,
    headers: { 'content-type': 'application/octet-stream' },
  });

describe('the 花名册: people without a login', () => {
  it('offers an Excel template that imports as it is, its notes naming the other headers read', async () => {
    const template = await call<Uint8Array>('GET', '/api/roster/template.xlsx', { binary: true });
    expect(template.status).toBe(200);
    expect(template.headers.get('content-disposition')).toContain(encodeURIComponent('花名册导入模板.xlsx'));
    expect(readXlsx(template.body)[0]).toEqual(['姓名', '班组', '单位', '手机', '身份']);
    const notes = readXlsx(template.body, { sheet: '填写说明' });
    for (const synonym of ROSTER_HEADER_SYNONYMS.班组.filter((n) => n !== '班组'))
      expect(notes.find((r) => r[0] === '班组')![1]).toContain(`“${synonym}”`);

    const world = await makeWorld();
    const imported = await upload(world, template.body);
    expect(imported.status).toBe(200);
    expect(imported.body).toEqual({ imported: 2 });
    expect(
      (await members(world))
        .filter((m) => m.rosterOnly)
        .map((m) => [m.name, m.workTeam, m.role])
        .sort(),
    ).toEqual([
      ['李建国', '钢筋班', 'member'],
      ['王芳', '木工班', 'masses'],
    ]);
  });

  it('adds a worker by hand, listed as roster-only and counted, and refuses a second copy of them', async () => {
    const world = await makeWorld();
    const before = await memberCount(world);
    const res = await add(world, { name: '老周', workTeam: '瓦工班', unitName: '某劳务公司', role: 'member' });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      name: '老周',
      workTeam: '瓦工班',
      unitName: '某劳务公司',
      role: 'member',
      rosterOnly: true,
      phone: null,
    });
    expect(await memberCount(world)).toBe(before + 1);
    const listed = (await members(world)).find((m) => m.userId === res.body.userId)!;
    expect(listed.rosterOnly).toBe(true);
    expect((await members(world)).filter((m) => m.rosterOnly)).toHaveLength(1);
    // No login can become this person: the openid is one WeChat never gives.
    const row = await env.DB.prepare('SELECT openid, roster_only AS r FROM users WHERE id = ?1')
      .bind(res.body.userId)
      .first<{ openid: string; r: number }>();
    expect(row).toEqual({ openid: `roster:${res.body.userId}`, r: 1 });

    const again = await add(world, { name: '老 周', workTeam: '瓦工班' });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('本支部已有瓦工班的老 周');
    // The same name in another team is another person.
    expect((await add(world, { name: '老周', workTeam: '木工班' })).status).toBe(201);
    const withPhone = await add(world, { name: '小钱', phone: '13800001111' });
    expect(withPhone.status).toBe(201);
    const samePhone = await add(world, { name: '钱小', phone: '13800001111' });
    expect(samePhone.status).toBe(409);
    expect(samePhone.body.error.fields).toEqual({ phone: '本支部已有此手机号' });
    expect((await add(world, { name: '' })).status).toBe(400);
    expect((await add(world, { name: '某人', role: 'secretary' })).status).toBe(400);
    // Only the branch's secretary (or the region): a committee member, or another branch's secretary, may not.
    expect((await add(world, { name: '某人' }, world.people.committee.token)).status).toBe(403);
    expect((await add(world, { name: '某人' }, world.people.otherSecretary.token)).status).toBe(403);
  });

  it('imports a roster file with a title row and other headers, all or nothing, problems by row and column', async () => {
    const world = await makeWorld();
    const before = await memberCount(world);
    const sheet = writeXlsx([
      {
        name: '花名册',
        title: '某项目部 2026 年 12 月 花名册',
        rows: [
          ['序号', '人员姓名', '工种', '劳务公司', '联系电话', '政治面貌'],
          [1, '王大山', '钢筋班', '某劳务', '139 0000 1234', '中共党员'],
          [2, '李小河', '木工班', '', '', '群众'],
          [3, '测试工人1', '木工班', '', '', ''],
        ],
      },
    ]);
    const good = await upload(world, sheet);
    expect(good.status).toBe(200);
    expect(good.body).toEqual({ imported: 3 });
    const list = await members(world);
    expect(list.find((m) => m.name === '王大山')).toMatchObject({
      workTeam: '钢筋班',
      phone: '13900001234',
      role: 'member',
      rosterOnly: true,
    });
    expect(list.find((m) => m.name === '李小河')).toMatchObject({ workTeam: '木工班', role: 'masses', rosterOnly: true });
    expect(await memberCount(world)).toBe(before + 3);

    const snapshot = await snapshotDatabase();
    const bad = await upload(
      world,
      '姓名,班组,手机,身份\r\n王大山,钢筋班,,党员\r\n赵四,,12345,\r\n孙五,安全班,,团支书\r\n周六,安全班,13700000000,\r\n周六,安全班,,\r\n吴七,,13700000000,\r\n,安全班,,\r\n郑八,安全班,,\r\n',
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('import_failed');
    expect(bad.body.error.issues).toEqual([
      { row: 2, column: '姓名', message: '与支部中已有的成员同名且同班组，同一个人不能导入两次（同名的两个人请写明不同班组或手机号）' },
      { row: 3, column: '手机', message: '“12345”不是 11 位手机号码（可以不填）' },
      { row: 4, column: '身份', message: '“团支书”不是党员、预备党员或群众（可以不填，默认群众）' },
      { row: 6, column: '姓名', message: '与第 5 行同名且同班组，同一个人不能导入两次（同名的两个人请写明不同班组或手机号）' },
      { row: 7, column: '手机', message: '手机号与第 5 行相同，同一个人不能导入两次' },
      { row: 8, column: '姓名', message: '不能为空' },
    ]);
    expect(bad.body.error.message).toMatch(/^花名册中有 6 处问题，整份未导入。行 2，姓名列/);
    // Nothing of the bad file was written, not even its good rows (郑八).
    expect(await snapshotDatabase()).toEqual(snapshot);

    const noName = await upload(world, '班组,手机\r\n钢筋班,13700000000\r\n');
    expect(noName.body.error.issues[0]).toMatchObject({ row: 1, column: '表头' });
    expect((await upload(world, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).body.error.code).toBe('file_unreadable');
  });
});
