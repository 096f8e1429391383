/**
 * The ledger (台账) spreadsheet: each sheet read back from the file the route sends, against the
 * hand-made month behind it. (The browser test downloads it and opens it with exceljs.)
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld, type World } from '../../../test/fixtures';
import { readXlsx } from '../../spreadsheet/xlsx';

const cst = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);
const HOUR = 3_600_000;
const LONG_AGO = cst(2024, 1, 1);
const serial = (ms: number) => String((ms + 8 * HOUR) / 86_400_000 + 25_569);

async function ledger(world: World, token: string, query = '?from=2025-11') {
  return call<Uint8Array>('GET', `/api/branches/${world.branchId}/ledger.xlsx${query}`, { token, binary: true });
}

/** November 2025 in the world's branch: a training and a Party lecture, with check-ins, a leave and feedback. */
async function novemberOf() {
  const world = await makeWorld();
  await env.DB.prepare('UPDATE memberships SET joined_at = ?2 WHERE branch_id = ?1').bind(world.branchId, LONG_AGO).run();
  await env.DB.prepare('UPDATE branches SET created_at = ?2 WHERE id = ?1').bind(world.branchId, LONG_AGO).run();
  const p = world.people;
  const held = (kind: string, startsAt: number, audience: 'members' | 'everyone', title: string) =>
    makeEvent(world, {
      kind: kind as never,
      title,
      audience,
      startsAt,
      endsAt: startsAt + HOUR,
      checkinOpensAt: startsAt - HOUR,
      checkinClosesAt: startsAt + HOUR,
    });
  const checkin = (eventId: string, userId: string, late = 0) =>
    env.DB.prepare(
      `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, created_at) VALUES (?1, ?2, 'qr', 0, ?3, 0, 'confirmed', 0)`,
    )
      .bind(eventId, userId, late)
      .run();
  const training = await held('training', cst(2025, 11, 5, 8), 'everyone', '=班前安全教育');
  for (const who of [p.masses, p.member, p.committee]) await checkin(training, who.id, who === p.member ? 1 : 0);
  await env.DB.prepare(`INSERT INTO leaves (event_id, user_id, reason, status, requested_at) VALUES (?1, ?2, '回老家', 'approved', 0)`)
    .bind(training, world.workers[0]!.id)
    .run();
  const lecture = await held('party_lecture', cst(2025, 11, 20, 19), 'members', '专题党课');
  for (const who of [p.member, p.secretary]) await checkin(lecture, who.id);
  const feedback = (category: string, text: string, anonymous: boolean, userId: string | null) =>
    env.DB.prepare(
      `INSERT INTO feedback (id, branch_id, category, routed_to, text, anonymous, user_id, status, accept_due_at, resolve_due_at, closed_at, rating, created_at, updated_at)
       VALUES (?1, ?2, ?3, 'branch', ?4, ?5, ?6, 'resolved', ?7, ?8, ?9, 5, ?10, ?10)`,
    )
      .bind(
        crypto.randomUUID(),
        world.branchId,
        category,
        text,
        anonymous ? 1 : 0,
        userId,
        cst(2025, 11, 7),
        cst(2025, 11, 16),
        cst(2025, 11, 12),
        cst(2025, 11, 6, 10),
      )
      .run();
  await feedback('hazard', '+86 塔吊下方未设警戒区', false, p.masses.id);
  await feedback('integrity', '有人虚报工时', true, null);
  return { world, training, lecture };
}

describe('the ledger', () => {
  it('lists the month in six sheets, with Chinese headers, a title row, real dates and the absent by name', async () => {
    const { world } = await novemberOf();
    const res = await ledger(world, world.people.secretary.token);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    expect(decodeURIComponent(res.headers.get('content-disposition')!)).toContain('测试工地支部台账（2025年11月）.xlsx');
    const sheet = (name: string) => readXlsx(res.body, { sheet: name });

    const overview = Object.fromEntries(
      sheet('概况')
        .slice(2)
        .map(([k, v]) => [k, v]),
    );
    expect(sheet('概况')[0]).toEqual(['测试工地支部 台账概况（2025年11月）']);
    expect(overview).toMatchObject({
      支部名称: '测试工地支部',
      支部类型: '工地支部',
      台账时段: '2025年11月',
      成员: '8',
      '开展活动（次）': '2',
      '应到（人次）': '12',
      '实到（人次）': '5',
      出勤率: '41.7%',
    });

    const events = sheet('活动台账');
    expect(events[1]).toEqual([
      '日期',
      '类型',
      '活动名称',
      '地点',
      '组织人',
      '应到',
      '实到',
      '请假',
      '缺勤',
      '缺勤人员',
      '迟到',
      '离线签到',
      '代签到',
      '补签',
    ]);
    // The title that begins with = is text, as typed; the date is a real date (a serial number in China time).
    expect(events[2]!.slice(0, 9)).toEqual([
      serial(cst(2025, 11, 5, 8)),
      '教育培训/班前会',
      '=班前安全教育',
      '项目部会议室',
      '测试-secretary',
      '8',
      '3',
      '1',
      '4',
    ]);
    expect(events[2]![9]!.split('、').sort()).toEqual(['测试-secretary', '测试-副书记', '测试工人2', '测试工人3'].sort());
    expect(events[3]!.slice(5, 10)).toEqual([
      '4',
      '2',
      '0',
      '2',
      expect.stringMatching(/测试-(committee|副书记)、测试-(committee|副书记)/),
    ]);

    const members = sheet('党员出勤');
    const row = (name: string) => members.find((r) => r[0] === name)!;
    expect(members[1]).toEqual(['姓名', '身份', '班组', '11-5 =班前安全教育', '11-20 专题党课', '出席', '请假', '缺勤']);
    expect(row('测试-member')).toEqual(['测试-member', '党员', '木工班', '迟到', '出席', '2', '0', '0']);
    // A worker (群众) was not expected at the members' lecture: blank, not 缺勤.
    expect(row('测试工人1')).toEqual(['测试工人1', '群众', '钢筋班', '请假', '', '0', '1', '0']);

    const meetings = sheet('三会一课');
    expect(meetings[1]).toEqual(['会议', '要求', '时段', '应开', '已开', '已安排', '情况']);
    expect(meetings.find((r) => r[0] === '党课')).toEqual(['党课', '每季度 1 次', '2025年第四季度', '1', '1', '0', '已完成']);
    expect(meetings.find((r) => r[0] === '支委会')).toEqual(['支委会', '每月 1 次', '2025年11月', '1', '0', '0', '未开']);

    const feedback = sheet('意见反馈');
    expect(feedback.slice(2).map((r) => [r[1], r[2], r[3], r[9], r[10]])).toEqual([
      ['安全隐患', '测试-masses', '+86 塔吊下方未设警戒区', '是', '非常满意'],
      ['廉政监督', '匿名', '有人虚报工时', '是', '非常满意'],
    ]);
    expect(sheet('知识竞赛')[1]).toEqual(['竞赛', '范围', '开始', '结束', '满分', '参加人数', '参与率', '平均分']);
  });

  it('leaves 廉政监督 out for a committee member who is not the 纪检委员, and for the region admin', async () => {
    const { world } = await novemberOf();
    for (const token of [world.people.committee.token, world.people.regionAdmin.token]) {
      const res = await ledger(world, token);
      expect(res.status).toBe(200);
      const categories = readXlsx(res.body, { sheet: '意见反馈' })
        .slice(2)
        .map((r) => r[1]);
      expect(categories).toEqual(['安全隐患']);
    }
    await env.DB.prepare('UPDATE memberships SET is_discipline = 1 WHERE branch_id = ?1 AND user_id = ?2')
      .bind(world.branchId, world.people.committee.id)
      .run();
    const discipline = await ledger(world, world.people.committee.token);
    expect(
      readXlsx(discipline.body, { sheet: '意见反馈' })
        .slice(2)
        .map((r) => r[1]),
    ).toEqual(['安全隐患', '廉政监督']);
  });

  it('takes a span of months or quarters, and refuses a reversed or too long one with a message', async () => {
    const { world } = await novemberOf();
    const quarter = await ledger(world, world.people.secretary.token, '?from=2025-Q4&to=2025-Q4');
    expect(readXlsx(quarter.body, { sheet: '活动台账' })[0]).toEqual(['测试工地支部 活动台账（2025年第四季度）']);
    const reversed = await call('GET', `/api/branches/${world.branchId}/ledger.xlsx?from=2025-12&to=2025-11`, {
      token: world.people.secretary.token,
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.message).toBe('结束时段不能早于开始时段');
    const long = await call('GET', `/api/branches/${world.branchId}/ledger.xlsx?from=2024&to=2025`, {
      token: world.people.secretary.token,
    });
    expect(long.status).toBe(400);
    expect(long.body.error.fields.to).toContain('一年');
    expect((await call('GET', `/api/branches/${world.branchId}/ledger.xlsx?from=11`, { token: world.people.secretary.token })).status).toBe(
      400,
    );
  });

  it('is not for a member, nor for another branch’s secretary', async () => {
    const { world } = await novemberOf();
    expect((await ledger(world, world.people.member.token)).status).toBe(403);
    expect((await ledger(world, world.people.otherSecretary.token)).status).toBe(403);
  });
});
