/**
 * The quiet hours (22:00–6:30 China time) hold what can wait until morning, but not the news that
 * tomorrow's 7:00 meeting is off; and a cron run reads what is due, not every event and notice.
 */
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  consent,
  eventStartingAt,
  HOUR,
  makeWorld,
  MINUTE,
  mockWechatApi,
  noticesOf,
  openidOf,
  watch,
  wechatEnv,
} from '../../test/fixtures';
import { meteredD1 } from '../db/meter';
import { runNoticeCron } from './cron';

afterEach(() => vi.restoreAllMocks());

/** `hour`:`minute` China time, `days` days from today. */
function cst(days: number, hour: number, minute = 0) {
  const midnight = Math.floor((Date.now() + 8 * HOUR) / (24 * HOUR)) * 24 * HOUR - 8 * HOUR;
  return midnight + days * 24 * HOUR + hour * HOUR + minute * MINUTE;
}

/** The organizer moves (or cancels) the event at `at`: what the update marks, then the cron's run at that moment. */
async function changeAt(eventId: string, startsAt: number, status: 'published' | 'cancelled') {
  await env.DB.prepare('UPDATE events SET starts_at = ?2, ends_at = ?2 + 3600000, status = ?3, watch_dirty = 1 WHERE id = ?1')
    .bind(eventId, startsAt, status)
    .run();
}

describe('the quiet hours', () => {
  it('hold a move of an afternoon meeting until 6:30, but let through the cancellation of a 7:00 one', async () => {
    const wx = wechatEnv();
    const world = await makeWorld();
    const member = world.people.member;
    const afternoon = await eventStartingAt(world, cst(4, 15));
    const morning = await eventStartingAt(world, cst(4, 7));
    await watch(member, afternoon);
    await watch(member, morning);
    await consent(member, 'event', 2);
    const wechat = mockWechatApi();

    const night = cst(3, 23);
    await changeAt(afternoon, cst(4, 16), 'published');
    await changeAt(morning, cst(4, 7), 'cancelled');
    await runNoticeCron(wx, night);
    const openid = await openidOf(member);
    const sent = () => wechat.sends.filter((m) => m.touser === openid).map((m) => m.data.thing4?.value);
    expect(sent()).toEqual(['活动已取消，不用前往']);
    // Both are in the list at once; only the push waits.
    expect((await noticesOf(member)).map((n) => n.kind).sort()).toEqual(['event_cancelled', 'event_moved']);
    await runNoticeCron(wx, cst(4, 6, 29));
    expect(sent()).toHaveLength(1);
    await runNoticeCron(wx, cst(4, 6, 30));
    expect(sent()).toEqual(['活动已取消，不用前往', '活动时间已变更，请留意']);
  });
});

describe('a cron run', () => {
  it('reads what is due, the same with many past events, watchers and notices in the tables', async () => {
    const world = await makeWorld();
    const now = Date.now();
    const cost = async () => {
      const { db, meter } = meteredD1(env.DB);
      await runNoticeCron({ ...wechatEnv(), DB: db }, now);
      return meter.rowsRead;
    };
    await cost();
    const before = await cost();
    // 2,000 past events each with a watcher and a notice read long ago.
    await env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)
       INSERT INTO events (id, branch_id, kind, title, place_name, starts_at, ends_at, checkin_opens_at, checkin_closes_at, late_after_minutes,
         audience, status, created_by, created_at, updated_at, remind_before_minutes, remind_at, reminded_at)
       SELECT 'past-' || ?1 || '-' || i, ?2, 'training', '旧班前会', '工地', ?3 - i * 86400000, ?3 - i * 86400000 + 3600000,
         ?3 - i * 86400000, ?3 - i * 86400000 + 3600000, 10, 'everyone', 'published', ?4, 0, 0, 30, ?3 - i * 86400000 - 1800000, 1 FROM n`,
    )
      .bind(crypto.randomUUID().slice(0, 8), world.branchId, now, world.people.secretary.id)
      .run();
    await env.DB.prepare(
      `INSERT INTO event_watchers (event_id, user_id, created_at, told_starts_at) SELECT id, ?1, 0, starts_at FROM events WHERE id LIKE 'past-%'`,
    )
      .bind(world.people.member.id)
      .run();
    await env.DB.prepare(
      `INSERT INTO notices (id, user_id, kind, title, body, link, ref_key, created_at, read_at, send_state, wechat_data)
       SELECT 'old-' || event_id, user_id, 'event_reminder', '旧提醒', '', '/pages/home/index', 'old:' || event_id, ?1, ?1, 'sent', '{}'
       FROM event_watchers WHERE event_id LIKE 'past-%'`,
    )
      .bind(now - HOUR)
      .run();
    const { db, meter } = meteredD1(env.DB);
    await runNoticeCron({ ...wechatEnv(), DB: db }, now);
    expect(meter.rowsRead, JSON.stringify(meter.perStatement)).toBe(before);
  });
});
