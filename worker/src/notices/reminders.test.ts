/**
 * Event reminders and changes, through the real worker and D1 with only WeChat's server mocked:
 * once per person even when two cron runs overlap, re-scheduled when the event moves, nothing but
 * the cancellation for a cancelled event.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, makeWorld, mockWechatApi } from '../../test/fixtures';
import { consent, eventStartingAt, HOUR, MINUTE, noticesOf, openidOf, watch, wechatEnv } from '../../test/notice-fixtures';
import { runScheduled } from '../scheduled';

afterEach(() => vi.restoreAllMocks());

/** A daytime moment at least a day ahead (10:00 China time), so the quiet hours stay out of it. */
function dayAhead(days: number, hourCst = 10) {
  const midnightCst = Math.floor((Date.now() + 8 * HOUR) / (24 * HOUR)) * 24 * HOUR - 8 * HOUR;
  return midnightCst + days * 24 * HOUR + hourCst * HOUR;
}

describe('an event reminder', () => {
  it('reaches a watcher once, 30 minutes before a 班前会, even when two cron runs overlap', async () => {
    const wx = wechatEnv();
    const world = await makeWorld();
    const startsAt = dayAhead(2);
    const eventId = await eventStartingAt(world, startsAt);
    const member = world.people.member;
    await watch(member, eventId);
    await consent(member, 'event');
    const wechat = mockWechatApi();

    await runScheduled(wx, startsAt - 31 * MINUTE);
    expect(await noticesOf(member)).toEqual([]);
    const at = startsAt - 29 * MINUTE;
    await Promise.all([runScheduled(wx, at), runScheduled(wx, at), runScheduled(wx, at + MINUTE)]);

    const notices = await noticesOf(member);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      kind: 'event_reminder',
      title: '活动提醒：早班班前会',
      link: `/pages/event/index?id=${eventId}`,
      send_state: 'sent',
    });
    expect(wechat.sends).toHaveLength(1);
    expect(wechat.sends[0]).toMatchObject({
      touser: await openidOf(member),
      template_id: 'tmpl-event',
      page: `pages/event/index?id=${eventId}`,
      data: { thing1: { value: '早班班前会' }, thing3: { value: '3号楼下' } },
    });
    // One token for every run: kept in D1 until shortly before it ends.
    expect(wechat.tokens).toHaveLength(1);
    // Nobody else was reminded: only watchers are.
    expect(await noticesOf(world.people.committee)).toEqual([]);
    // The consent was used up; the person is still in the list.
    const mine = await call('GET', '/api/me/notices', { token: member.token });
    expect(mine.body).toMatchObject({ unread: 1, notices: [{ kind: 'event_reminder' }] });
  });

  it('moves with the event, and tells the watcher of the move at once', async () => {
    const wx = wechatEnv();
    const world = await makeWorld();
    const first = dayAhead(2);
    const eventId = await eventStartingAt(world, first, { remindBeforeMinutes: 60 });
    await watch(world.people.masses, eventId);
    const moved = first + 24 * HOUR;
    const res = await call('PATCH', `/api/events/${eventId}`, {
      token: world.people.secretary.token,
      body: { startsAt: moved, endsAt: moved + HOUR },
    });
    expect(res.status).toBe(200);
    expect((await noticesOf(world.people.masses)).map((n) => [n.kind, n.title])).toEqual([['event_moved', '活动时间变更：早班班前会']]);

    await runScheduled(wx, first - 59 * MINUTE);
    expect(await noticesOf(world.people.masses)).toHaveLength(1);
    await runScheduled(wx, moved - 59 * MINUTE);
    const notices = await noticesOf(world.people.masses);
    expect(notices.map((n) => n.kind)).toEqual(['event_moved', 'event_reminder']);
    expect(notices[1]!.ref_key).toBe(`reminder:${eventId}:${moved}`);
    // Without consent nothing goes to WeChat: the list is the record.
    expect(notices.every((n) => n.send_state === null)).toBe(true);
  });

  it('is not sent for a cancelled event; the watcher hears of the cancellation instead', async () => {
    const wx = wechatEnv();
    const world = await makeWorld();
    const startsAt = dayAhead(3);
    const eventId = await eventStartingAt(world, startsAt);
    await watch(world.people.member, eventId);
    expect((await call('DELETE', `/api/events/${eventId}`, { token: world.people.secretary.token })).status).toBe(204);
    await runScheduled(wx, startsAt - 20 * MINUTE);
    expect((await noticesOf(world.people.member)).map((n) => n.kind)).toEqual(['event_cancelled']);
  });

  it('goes only to people who may come', async () => {
    const world = await makeWorld();
    const lecture = await eventStartingAt(world, dayAhead(2), { kind: 'party_lecture', title: '专题党课' });
    const refused = await call('PUT', `/api/events/${lecture}/watch`, { token: world.people.masses.token });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('members_only');
    // Another branch's secretary cannot watch it either (404: the event is not theirs to know).
    expect((await call('PUT', `/api/events/${lecture}/watch`, { token: world.people.otherSecretary.token })).status).toBe(403);
    // 三会一课 and 党课: a day ahead by default.
    const detail = await call('GET', `/api/events/${lecture}`, { token: world.people.member.token });
    expect(detail.body).toMatchObject({ remindBeforeMinutes: 24 * 60, watching: false });
  });
});
