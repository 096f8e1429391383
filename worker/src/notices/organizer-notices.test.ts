/**
 * The notices the cron writes on its own: the organizers' morning digest, 三会一课 still missing near
 * a period's end, and a contest's opening and last day; each once, whatever the runs.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, eventStartingAt, HOUR, makeBank, makeContest, makeWorld, noticesOf, type World, wechatEnv } from '../../test/fixtures';
import { runNoticeCron } from './cron';

/** `hour` China time on the `day`th of the month `months` ahead. */
function cstOn(months: number, day: number, hour: number) {
  const now = new Date(Date.now() + 8 * HOUR);
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, day, hour) - 8 * HOUR;
}

const kindsOf = async (world: World, role: 'secretary' | 'committee' | 'member' | 'masses') =>
  (await noticesOf(world.people[role])).map((n) => n.kind);

describe('the organizers’ morning digest', () => {
  it('goes from 8:00 once a day to the committee and secretary of a branch with feedback and leave waiting', async () => {
    const wx = wechatEnv();
    const world = await makeWorld();
    const submitted = await call('POST', `/api/branches/${world.branchId}/feedback`, {
      token: world.people.masses.token,
      body: { category: 'request', text: '食堂窗口太少，排队半小时', anonymous: false },
    });
    await env.DB.prepare('UPDATE feedback SET overdue = 1 WHERE id = ?1').bind(submitted.body.id).run();
    const eventId = await eventStartingAt(world, cstOn(2, 10, 9));
    await call('POST', `/api/events/${eventId}/leaves`, { token: world.people.member.token, body: { reason: '回老家办事' } });

    const day = cstOn(1, 3, 0);
    await runNoticeCron(wx, day + 7 * HOUR + 59 * 60_000);
    expect(await kindsOf(world, 'secretary')).toEqual([]);
    await Promise.all([runNoticeCron(wx, day + 8 * HOUR + 5 * 60_000), runNoticeCron(wx, day + 8 * HOUR + 5 * 60_000)]);
    await runNoticeCron(wx, day + 15 * HOUR);
    const [digest] = await noticesOf(world.people.secretary);
    expect(digest).toMatchObject({
      kind: 'organizer_digest',
      title: '今日待办：测试工地支部',
      body: '反馈待办 1 条（超期 1 条），请假待批 1 条。',
    });
    expect(await kindsOf(world, 'committee')).toEqual(['organizer_digest']);
    expect(await kindsOf(world, 'member')).toEqual([]);
    await runNoticeCron(wx, day + 24 * HOUR + 8 * HOUR);
    expect(await kindsOf(world, 'secretary')).toEqual(['organizer_digest', 'organizer_digest']);
  });
});

describe('三会一课 still missing', () => {
  it('reminds the organizers from the 25th, once a month, of the meetings not held or scheduled', async () => {
    const wx = wechatEnv();
    const world = await makeWorld();
    // A quarter's last month: its quarterly meetings are due too. 支委会 is on the calendar, so not missing.
    const quarterEnd = new Date(cstOn(0, 1, 0) + 8 * HOUR).getUTCMonth() % 3;
    const months = 2 - quarterEnd + 3;
    await eventStartingAt(world, cstOn(months, 28, 19), { kind: 'committee_meeting', title: '支委会' });
    await runNoticeCron(wx, cstOn(months, 24, 10));
    expect(await kindsOf(world, 'secretary')).toEqual([]);
    await runNoticeCron(wx, cstOn(months, 25, 10));
    await runNoticeCron(wx, cstOn(months, 26, 10));
    const notices = await noticesOf(world.people.secretary);
    expect(notices.map((n) => n.body)).toEqual(['本期还未开：支部党员大会、党小组会、党课、主题党日。请在期末前安排。']);
    expect(await kindsOf(world, 'committee')).toEqual(['meetings_missing']);
    expect(await kindsOf(world, 'masses')).toEqual([]);
  });
});

describe('a contest', () => {
  it('tells its people when it opens, and on its last day those who have not taken part', async () => {
    const wx = wechatEnv();
    const world = await makeWorld();
    const opensAt = Date.now() + 2 * HOUR;
    const contestId = await makeContest(world, await makeBank(world, { single: 2, multiple: 1, judge: 1 }), {
      opensAt,
      closesAt: opensAt + 72 * HOUR,
    });
    await runNoticeCron(wx, opensAt - 60_000);
    expect(await kindsOf(world, 'masses')).toEqual([]);
    await Promise.all([runNoticeCron(wx, opensAt + 60_000), runNoticeCron(wx, opensAt + 60_000)]);
    expect(await kindsOf(world, 'masses')).toEqual(['contest_open']);
    expect(await kindsOf(world, 'secretary')).toEqual(['contest_open']);
    expect(await kindsOf(world, 'member')).toEqual(['contest_open']);
    await env.DB.prepare(
      `INSERT INTO contest_entries (contest_id, user_id, branch_id, attempt_id, score, time_used_ms, updated_at)
       VALUES (?1, ?2, ?3, 'a-done', 5, 60000, ?4)`,
    )
      .bind(contestId, world.people.member.id, world.branchId, opensAt + HOUR)
      .run();
    await runNoticeCron(wx, opensAt + 49 * HOUR);
    expect(await kindsOf(world, 'masses')).toEqual(['contest_open', 'contest_last_day']);
    expect(await kindsOf(world, 'member')).toEqual(['contest_open']);
    // Another branch's people are not this contest's.
    expect(await noticesOf(world.people.otherSecretary)).toEqual([]);
  });
});
