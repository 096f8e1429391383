import { addWorkingDays } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeWorld, snapshotDatabase, type Person, type World } from '../../../test/fixtures';

const submit = (world: World, person: Person, body: object) =>
  call('POST', `/api/branches/${world.branchId}/feedback`, { token: person.token, body });
const hazard = { category: 'hazard', text: '3 号楼东侧临边防护栏杆松动，有坠落风险', place: '3 号楼东侧' };

describe('submitting feedback', () => {
  it('keeps named feedback with its deadlines in working days, and shows it to its submitter', async () => {
    const world = await makeWorld();
    const res = await submit(world, world.people.masses, hazard);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ receipt: null, status: 'submitted' });
    const row = await env.DB.prepare('SELECT user_id AS userId, anonymous, created_at AS createdAt FROM feedback WHERE id = ?1')
      .bind(res.body.id)
      .first<{ userId: string; anonymous: number; createdAt: number }>();
    expect(row).toMatchObject({ userId: world.people.masses.id, anonymous: 0 });
    expect(res.body.acceptDueAt).toBe(addWorkingDays(row!.createdAt, 2));
    expect(res.body.resolveDueAt).toBe(addWorkingDays(row!.createdAt, 15));
    const mine = await call('GET', '/api/me/feedback', { token: world.people.masses.token });
    expect(mine.body.feedback).toMatchObject([
      { id: res.body.id, category: 'hazard', place: '3 号楼东侧', status: 'submitted', submitterName: null },
    ]);
    const detail = await call('GET', `/api/feedback/${res.body.id}`, { token: world.people.masses.token });
    expect(detail.body.timeline).toMatchObject([{ kind: 'submitted', actor: 'submitter' }]);
    expect(detail.body.can).toEqual({
      handle: [],
      reply: true,
      rate: false,
      reopen: false,
      addPhotos: true,
      addRectificationPhotos: false,
    });
  });

  it('stores no user id, openid or IP anywhere for anonymous feedback, and gives a receipt to follow it up', async () => {
    const world = await makeWorld();
    const person = world.people.member;
    const openid = (await env.DB.prepare('SELECT openid FROM users WHERE id = ?1').bind(person.id).first<{ openid: string }>())!.openid;
    const before = await snapshotDatabase();
    const res = await call('POST', `/api/branches/${world.branchId}/feedback`, {
      token: person.token,
      body: { category: 'integrity', text: '项目部有人向分包单位索要购物卡' },
      headers: { 'cf-connecting-ip': '203.0.113.77', 'x-forwarded-for': '203.0.113.77' },
    });
    expect(res.status).toBe(201);
    expect(res.body.receipt).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    // Every row written by the submit, in every table: none holds the person.
    const after = await snapshotDatabase();
    const written = Object.entries(after).flatMap(([table, rows]) =>
      rows.slice((before[table] ?? []).length).map((row) => ({ table, row })),
    );
    expect(written.map((w) => w.table).sort()).toEqual(['feedback', 'feedback_events', 'feedback_rate']);
    const text = JSON.stringify(written);
    for (const secret of [person.id, openid, person.name, '203.0.113.77', res.body.receipt]) expect(text).not.toContain(secret);
    expect(written.find((w) => w.table === 'feedback')!.row).toMatchObject({ anonymous: 1, user_id: null });

    const byReceipt = await call('POST', '/api/feedback/receipt', { body: { code: res.body.receipt.toLowerCase() } });
    expect(byReceipt.status).toBe(200);
    expect(byReceipt.body).toMatchObject({ id: res.body.id, anonymous: true, category: 'integrity', submitterName: null });
    expect((await call('GET', '/api/me/feedback', { token: person.token })).body.feedback).toEqual([]);
    expect((await call('GET', `/api/feedback/${res.body.id}`, { token: person.token })).status).toBe(404);
    expect((await call('GET', `/api/feedback/${res.body.id}`, { headers: { 'x-feedback-receipt': res.body.receipt } })).status).toBe(200);
    expect((await call('POST', '/api/feedback/receipt', { body: { code: 'AAAAAAAAAAAA' } })).status).toBe(404);
  });

  it('is anonymous by default only for integrity reports, and limited to ten a day per person', async () => {
    const world = await makeWorld();
    expect((await submit(world, world.people.masses, { category: 'suggestion', text: '建议食堂增加晚班热饭' })).body.receipt).toBeNull();
    expect(
      (await submit(world, world.people.masses, { category: 'integrity', text: '材料员收受回扣的线索', anonymous: false })).body.receipt,
    ).toBeNull();
    for (let i = 0; i < 8; i++)
      await submit(world, world.people.masses, { category: 'other', text: `第 ${i} 条测试反馈`, anonymous: i % 2 === 0 });
    const eleventh = await submit(world, world.people.masses, { category: 'other', text: '第十一条反馈内容' });
    expect(eleventh.status).toBe(429);
    expect(eleventh.body.error).toMatchObject({ code: 'too_many_feedback', message: '每人每天最多提交 10 条反馈，请明天再提交' });
    const count = await env.DB.prepare('SELECT count(*) AS n FROM feedback WHERE branch_id = ?1')
      .bind(world.branchId)
      .first<{ n: number }>();
    expect(count?.n).toBe(10);
    expect((await submit(world, world.people.member, { category: 'other', text: '别人不受影响' })).status).toBe(201);
    const short = await submit(world, world.people.member, { category: 'other', text: '太短' });
    expect(short.body.error.fields.text).toBe('反馈内容至少 5 个字');
  });
});

describe('a submit retried on a bad network', () => {
  it('gives back the same feedback, and for anonymous feedback the same receipt, instead of a second one', async () => {
    const world = await makeWorld();
    const body = { category: 'integrity', text: '有人虚报工时套取工资', clientRef: 'phone0submission0ref01' };
    const first = await submit(world, world.people.masses, body);
    const again = await submit(world, world.people.masses, body);
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(first.body.receipt).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    const twice = await Promise.all(
      [1, 2].map(() => submit(world, world.people.member, { ...body, anonymous: false, clientRef: 'racing0submission0ref' })),
    );
    expect(twice[0]!.body.id).toBe(twice[1]!.body.id);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM feedback WHERE branch_id = ?1')
      .bind(world.branchId)
      .first<{ n: number }>();
    expect(rows?.n).toBe(2);
    // The same phone id from someone else is their own submission.
    const other = await submit(world, world.people.committee, body);
    expect(other.body.id).not.toBe(first.body.id);
    expect(other.body.receipt).not.toBe(first.body.receipt);
  });
});

describe('who sees what', () => {
  it('shows integrity reports only to the secretary and the discipline member; other feedback to the committee', async () => {
    const world = await makeWorld();
    const integrity = (await submit(world, world.people.masses, { category: 'integrity', text: '工资表上有人冒名领取', anonymous: false }))
      .body.id;
    const other = (await submit(world, world.people.masses, hazard)).body.id;
    const status = async (person: Person, id: string) => (await call('GET', `/api/feedback/${id}`, { token: person.token })).status;
    expect(await status(world.people.secretary, integrity)).toBe(200);
    expect(await status(world.people.committee, integrity)).toBe(404);
    expect(await status(world.people.committee, other)).toBe(200);
    expect(await status(world.people.member, other)).toBe(404);
    expect(await status(world.people.regionAdmin, other)).toBe(404);
    const listed = async (person: Person) =>
      (await call('GET', `/api/branches/${world.branchId}/feedback`, { token: person.token })).body.feedback
        .map((f: { id: string }) => f.id)
        .sort();
    expect(await listed(world.people.committee)).toEqual([other]);
    expect(await listed(world.people.secretary)).toEqual([integrity, other].sort());

    // The secretary makes the committee member the discipline member (纪检委员).
    const made = await call('PATCH', `/api/branches/${world.branchId}/members/${world.people.committee.id}`, {
      token: world.people.secretary.token,
      body: { isDiscipline: true },
    });
    expect(made.body.isDiscipline).toBe(true);
    expect(await status(world.people.committee, integrity)).toBe(200);
    expect(await listed(world.people.committee)).toEqual([integrity, other].sort());
    const notCommittee = await call('PATCH', `/api/branches/${world.branchId}/members/${world.people.member.id}`, {
      token: world.people.secretary.token,
      body: { isDiscipline: true },
    });
    expect(notCommittee.body.error.fields.isDiscipline).toBe('纪检委员须由支委担任');
  });
});
