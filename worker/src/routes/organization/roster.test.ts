import { sha256Hex } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { barrierD1 } from '../../../test/barrier-d1';
import { call, makeEvent, makePerson, makeWorld, snapshotDatabase, type World } from '../../../test/fixtures';
import { ROSTER_HEADER_SYNONYMS } from '@sitebranch/shared/readers';
import { readXlsx, writeXlsx } from '../../spreadsheet/xlsx';

const rosterOf = (world: World) => `/api/branches/${world.branchId}/roster`;
const add = (world: World, body: object, token = world.people.secretary.token) => call('POST', rosterOf(world), { token, body });
const upload = (world: World, bytes: Uint8Array | string) =>
  call('POST', `${rosterOf(world)}/import`, {
    token: world.people.secretary.token,
    rawBody: bytes,
    headers: { 'content-type': 'application/octet-stream' },
  });
const members = async (world: World) =>
  (await call('GET', `/api/branches/${world.branchId}/members`, { token: world.people.secretary.token })).body.members as {
    userId: string;
    name: string;
    workTeam: string | null;
    role: string;
    rosterOnly: boolean;
    phone: string | null;
    joinedAt: number;
  }[];
const memberCount = async (world: World) =>
  (await env.DB.prepare('SELECT member_count AS n FROM branches WHERE id = ?1').bind(world.branchId).first<{ n: number }>())!.n;
const claimCode = async (world: World, userId: string) =>
  (await call('POST', `/api/branches/${world.branchId}/members/${userId}/claim-code`, { token: world.people.secretary.token })).body
    .code as string;

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

  it('checks roster people in by roster, so attendance counts them', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const person = (await add(world, { name: '老吴', workTeam: '钢筋班' })).body.userId as string;
    const signed = await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.committee.token,
      body: { userIds: [person] },
    });
    expect(signed.body).toEqual({ added: 1, alreadyPresent: 0 });
    const attendance = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.committee.token });
    const row = attendance.body.people.find((p: { userId: string }) => p.userId === person);
    expect(row).toMatchObject({ name: '老吴', method: 'roster' });

    // A 接龙 list's people: marked 接龙, counted as roster check-ins, once however often it is pasted.
    const fromList = [(await add(world, { name: '老孙' })).body.userId as string, world.workers[1]!.id];
    const jielong = (body: object) => call('POST', `/api/events/${eventId}/checkins/roster`, { token: world.people.committee.token, body });
    expect((await jielong({ userIds: [...fromList, person], fromJielong: true })).body).toEqual({ added: 2, alreadyPresent: 1 });
    expect((await jielong({ userIds: [...fromList, person], fromJielong: true })).body).toEqual({ added: 0, alreadyPresent: 3 });
    const methods = await env.DB.prepare('SELECT user_id AS u, method FROM checkins WHERE event_id = ?1 ORDER BY method')
      .bind(eventId)
      .all<{ u: string; method: string }>();
    expect(methods.results.map((r) => r.method)).toEqual(['jielong', 'jielong', 'roster']);
    const counts = await env.DB.prepare('SELECT checkin_count AS present, roster_count AS roster FROM events WHERE id = ?1')
      .bind(eventId)
      .first();
    expect(counts).toEqual({ present: 3, roster: 3 });
    // A tap on the wrong name is undone like any roster check-in.
    const undo = await call('POST', `/api/events/${eventId}/checkins/undo`, {
      token: world.people.committee.token,
      body: { userId: world.workers[1]!.id, reason: '接龙里写错了人' },
    });
    expect(undo.body).toMatchObject({ method: 'jielong' });
    // The dashboard and the ledger's roster count the phone-less workers as members.
    const dashboard = await call('GET', `/api/branches/${world.branchId}/dashboard`, { token: world.people.secretary.token });
    expect(dashboard.body.members.total).toBe(10);
  });

  it('never makes a roster person an organizer: not committee, secretary, 纪检委员 or the region’s discipline contact', async () => {
    const world = await makeWorld();
    const person = (await add(world, { name: '老郑', role: 'member' })).body.userId as string;
    const path = `/api/branches/${world.branchId}/members/${person}`;
    for (const role of ['committee', 'secretary']) {
      const res = await call('PATCH', path, { token: world.people.regionAdmin.token, body: { role } });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe('roster_cannot_organize');
    }
    expect((await call('PATCH', path, { token: world.people.secretary.token, body: { role: 'committee' } })).body.error.code).toBe(
      'roster_cannot_organize',
    );
    const appoint = await call('PUT', `/api/regions/${world.regionId}/branches/${world.branchId}/secretary`, {
      token: world.people.regionAdmin.token,
      body: { userId: person, formerSecretaries: 'committee' },
    });
    expect(appoint.status).toBe(409);
    expect(appoint.body.error.code).toBe('roster_cannot_organize');
    const contact = await call('POST', `/api/regions/${world.regionId}/discipline-contacts`, {
      token: world.people.regionAdmin.token,
      body: { userId: person },
    });
    expect(contact.status).toBe(409);
    // The secretaries are still who they were; 党员 ↔ 群众 and work team stay the secretary's to change.
    const secretaries = await env.DB.prepare("SELECT count(*) AS n FROM memberships WHERE branch_id = ?1 AND role = 'secretary'")
      .bind(world.branchId)
      .first<{ n: number }>();
    expect(secretaries!.n).toBe(2);
    expect(
      (await call('PATCH', path, { token: world.people.secretary.token, body: { role: 'masses', workTeam: '杂工班' } })).body,
    ).toMatchObject({ role: 'masses', workTeam: '杂工班' });
  });
});

describe('claiming a place on the 花名册', () => {
  async function rosterPersonWithHistory(world: World) {
    const person = (await add(world, { name: '老冯', workTeam: '钢筋班', phone: '13600001234', role: 'member' })).body.userId as string;
    const eventId = await makeEvent(world);
    await call('POST', `/api/events/${eventId}/checkins/roster`, { token: world.people.committee.token, body: { userIds: [person] } });
    return { person, eventId };
  }

  it('makes the one who logs in that same member: role, team, join date, check-ins and the month’s count move to them', async () => {
    const world = await makeWorld();
    const { person, eventId } = await rosterPersonWithHistory(world);
    const joinedAt = (await members(world)).find((m) => m.userId === person)!.joinedAt;
    const countBefore = await memberCount(world);
    const code = await claimCode(world, person);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    // Only the hash is kept: a copy of the database does not give the code.
    const stored = await env.DB.prepare('SELECT code_hash AS h FROM roster_claims WHERE user_id = ?1').bind(person).first<{ h: string }>();
    expect(stored!.h).toBe(sha256Hex(code));
    expect(JSON.stringify(await snapshotDatabase())).not.toContain(code);

    const newcomer = await makePerson('');
    await env.DB.prepare('UPDATE users SET name = NULL WHERE id = ?1').bind(newcomer.id).run();
    const preview = await call('GET', `/api/roster-claims/${code.toLowerCase()}`, { token: newcomer.token });
    expect(preview.body).toEqual({ branchId: world.branchId, branchName: '测试工地支部', name: '老冯', workTeam: '钢筋班' });

    const claimed = await call('POST', `/api/roster-claims/${code}`, { token: newcomer.token });
    expect(claimed.status).toBe(200);
    expect(claimed.body).toEqual({ branchId: world.branchId, branchName: '测试工地支部', role: 'member', alreadyMember: false });
    const list = await members(world);
    expect(list.find((m) => m.userId === person)).toBeUndefined();
    expect(list.find((m) => m.userId === newcomer.id)).toMatchObject({
      name: '老冯',
      phone: '13600001234',
      workTeam: '钢筋班',
      role: 'member',
      rosterOnly: false,
      joinedAt,
    });
    expect(await memberCount(world)).toBe(countBefore);
    const attendance = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.committee.token });
    expect(attendance.body.people.find((p: { userId: string }) => p.userId === newcomer.id)).toMatchObject({ method: 'roster' });
    expect(attendance.body.people.find((p: { userId: string }) => p.userId === person)).toBeUndefined();
    const months = await env.DB.prepare(
      'SELECT user_id AS u, attended AS a FROM member_month_attendance WHERE branch_id = ?1 AND user_id IN (?2, ?3) AND attended <> 0',
    )
      .bind(world.branchId, person, newcomer.id)
      .all();
    expect(months.results).toEqual([{ u: newcomer.id, a: 1 }]);
    const mine = await call('GET', `/api/branches/${world.branchId}/attendance/me`, { token: newcomer.token });
    expect(JSON.stringify(mine.body)).toContain(eventId);

    // A retry of one's own claim is answered the same; the spent code is nobody else's.
    expect((await call('POST', `/api/roster-claims/${code}`, { token: newcomer.token })).body).toMatchObject({
      alreadyMember: true,
      role: 'member',
    });
    const thief = await makePerson('拿到照片的人');
    const stolen = await call('POST', `/api/roster-claims/${code}`, { token: thief.token });
    expect(stolen.status).toBe(410);
    expect(stolen.body.error.code).toBe('claim_unusable');
    expect((await call('GET', `/api/roster-claims/${code}`, { token: thief.token })).status).toBe(410);
    // Claimed, the person is no longer roster-only: a code for them is refused.
    expect(
      (await call('POST', `/api/branches/${world.branchId}/members/${newcomer.id}/claim-code`, { token: world.people.secretary.token }))
        .status,
    ).toBe(409);
  });

  it('keeps a claimer’s own name, and refuses one who is already in the branch, changing nothing', async () => {
    const world = await makeWorld();
    const { person } = await rosterPersonWithHistory(world);
    const code = await claimCode(world, person);
    const snapshot = await snapshotDatabase();
    const inBranch = await call('POST', `/api/roster-claims/${code}`, { token: world.workers[0]!.token });
    expect(inBranch.status).toBe(409);
    expect(inBranch.body.error.code).toBe('claim_already_member');
    expect(await snapshotDatabase()).toEqual(snapshot);

    const named = await makePerson('冯建军');
    expect((await call('POST', `/api/roster-claims/${code}`, { token: named.token })).status).toBe(200);
    expect((await members(world)).find((m) => m.userId === named.id)!.name).toBe('冯建军');
  });

  it('makes the same person claiming twice at once that member once, with each check-in once', async () => {
    const world = await makeWorld();
    const { person, eventId } = await rosterPersonWithHistory(world);
    const code = await claimCode(world, person);
    const claimer = await makePerson('一起点认领的工人');
    const countBefore = await memberCount(world);
    // Held so that both pass their reads before either batch runs.
    const together = { ...env, DB: barrierD1(env.DB, 2) };
    const both = await Promise.all(
      [1, 2].map(() => call('POST', `/api/roster-claims/${code}`, { token: claimer.token, bindings: together })),
    );
    expect(both.map((res) => res.status)).toEqual([200, 200]);
    const facts = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM memberships WHERE branch_id = ?1 AND user_id IN (?2, ?3)) AS memberships,
              (SELECT count(*) FROM checkins WHERE event_id = ?4 AND user_id IN (?2, ?3)) AS checkins,
              (SELECT count(*) FROM memberships WHERE branch_id = ?1 AND user_id = ?3) AS claimed`,
    )
      .bind(world.branchId, person, claimer.id, eventId)
      .first();
    expect(facts).toEqual({ memberships: 1, checkins: 1, claimed: 1 });
    expect(await memberCount(world)).toBe(countBefore);
  });

  it('gives one claim to two people claiming at once, ends a code when a new one is made, and ends codes after 7 days', async () => {
    const world = await makeWorld();
    const { person } = await rosterPersonWithHistory(world);
    const first = await claimCode(world, person);
    const second = await claimCode(world, person);
    const a = await makePerson('甲');
    expect((await call('POST', `/api/roster-claims/${first}`, { token: a.token })).status).toBe(410);

    const b = await makePerson('乙');
    const results = await Promise.all([a, b].map((p) => call('POST', `/api/roster-claims/${second}`, { token: p.token })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 410]);
    const owners = await env.DB.prepare('SELECT user_id AS u FROM memberships WHERE branch_id = ?1 AND user_id IN (?2, ?3, ?4)')
      .bind(world.branchId, person, a.id, b.id)
      .all();
    expect(owners.results).toHaveLength(1);
    const checkins = await env.DB.prepare('SELECT count(*) AS n FROM checkins WHERE user_id IN (?1, ?2, ?3)')
      .bind(person, a.id, b.id)
      .first<{ n: number }>();
    expect(checkins!.n).toBe(1);

    const other = (await add(world, { name: '老蒋' })).body.userId as string;
    const late = await claimCode(world, other);
    await env.DB.prepare('UPDATE roster_claims SET expires_at = ?2 WHERE code_hash = ?1')
      .bind(sha256Hex(late), Date.now() - 1)
      .run();
    expect((await call('POST', `/api/roster-claims/${late}`, { token: (await makePerson('丙')).token })).body.error.code).toBe(
      'claim_unusable',
    );
    expect((await call('GET', '/api/roster-claims/ABCDEFGH', { token: a.token })).status).toBe(404);
    expect((await call('GET', '/api/roster-claims/abc', { token: a.token })).status).toBe(404);
  });

  it('refuses a claim code for someone who logs in themselves, or who is in another branch', async () => {
    const world = await makeWorld();
    const own = await call('POST', `/api/branches/${world.branchId}/members/${world.workers[0]!.id}/claim-code`, {
      token: world.people.secretary.token,
    });
    expect(own.status).toBe(409);
    const elsewhere = await call('POST', `/api/branches/${world.branchId}/members/${world.people.otherSecretary.id}/claim-code`, {
      token: world.people.secretary.token,
    });
    expect(elsewhere.status).toBe(404);
  });
});
