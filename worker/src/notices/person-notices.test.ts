/**
 * Notices to one person, written with the change they tell of: a named submitter hears of each
 * status change and each organizer's reply (an anonymous one cannot be reached, and nothing links
 * a notice to them); a person hears of their leave decision. And 消息 itself: the list, the
 * unread count, marked read when opened, never another person's.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, eventStartingAt, HOUR, makeWorld, noticesOf, type Person, type World } from '../../test/fixtures';

async function submitted(world: World, person: Person, anonymous = false) {
  const res = await call('POST', `/api/branches/${world.branchId}/feedback`, {
    token: person.token,
    body: { category: 'request', text: '宿舍热水器坏了一周，请尽快维修', anonymous },
  });
  return res.body as { id: string };
}

describe('feedback notices', () => {
  it('tell a named submitter of each status change and each organizer reply, not of their own', async () => {
    const world = await makeWorld();
    const worker = world.people.masses;
    const { id } = await submitted(world, worker);
    const organizer = world.people.committee.token;
    expect((await call('POST', `/api/feedback/${id}/transitions`, { token: organizer, body: { to: 'accepted' } })).status).toBe(200);
    await call('POST', `/api/feedback/${id}/replies`, { token: organizer, body: { text: '明天上午派水电班来修' } });
    await call('POST', `/api/feedback/${id}/replies`, { token: worker.token, body: { text: '好的，谢谢' } });
    await call('POST', `/api/feedback/${id}/transitions`, { token: organizer, body: { to: 'resolved', note: '已更换热水器' } });
    const notices = await noticesOf(worker);
    expect(notices.map((n) => [n.kind, n.title, n.body])).toEqual([
      ['feedback_status', '您的反馈已受理', '“宿舍热水器坏了一周，请尽快维修”状态更新为已受理'],
      ['feedback_reply', '您的反馈有新回复', '明天上午派水电班来修'],
      ['feedback_status', '您的反馈已解决', '已更换热水器'],
    ]);
    expect(notices.every((n) => n.link === `/pages/feedback-detail/index?id=${id}`)).toBe(true);
    // A conflicting step writes nothing, its notice neither.
    expect((await call('POST', `/api/feedback/${id}/transitions`, { token: organizer, body: { to: 'accepted' } })).status).toBe(409);
    expect(await noticesOf(worker)).toHaveLength(3);
  });

  it('reach nobody for anonymous feedback, and leave no trace of who sent it', async () => {
    const world = await makeWorld();
    const { id } = await submitted(world, world.people.member, true);
    await call('POST', `/api/feedback/${id}/transitions`, { token: world.people.committee.token, body: { to: 'accepted' } });
    await call('POST', `/api/feedback/${id}/replies`, { token: world.people.committee.token, body: { text: '已收到' } });
    expect(await noticesOf(world.people.member)).toEqual([]);
    const anyNotice = await env.DB.prepare(`SELECT count(*) AS n FROM notices WHERE link LIKE ?1`).bind(`%${id}%`).first<number>('n');
    expect(anyNotice).toBe(0);
  });
});

describe('a leave decision', () => {
  it('tells the person, with the organizer’s note', async () => {
    const world = await makeWorld();
    const eventId = await eventStartingAt(world, Date.now() + 26 * HOUR);
    const member = world.people.member;
    expect((await call('POST', `/api/events/${eventId}/leaves`, { token: member.token, body: { reason: '孩子发烧去医院' } })).status).toBe(
      200,
    );
    const decided = await call('POST', `/api/events/${eventId}/leaves`, {
      token: world.people.secretary.token,
      body: { userId: member.id, decision: 'approve', note: '注意休息' },
    });
    expect(decided.body).toMatchObject({ status: 'approved', note: '注意休息', decidedBy: world.people.secretary.id });
    expect((await noticesOf(member)).map((n) => [n.kind, n.title, n.body])).toEqual([
      ['leave_decision', '请假已批准：早班班前会', '组织者已批准您的请假。备注：注意休息'],
    ]);
  });
});

describe('消息', () => {
  it('lists one’s notices newest first with the unread count, and marks one read when opened', async () => {
    const world = await makeWorld();
    const worker = world.people.masses;
    const { id } = await submitted(world, worker);
    await call('POST', `/api/feedback/${id}/transitions`, { token: world.people.committee.token, body: { to: 'accepted' } });
    await call('POST', `/api/feedback/${id}/replies`, { token: world.people.committee.token, body: { text: '马上安排' } });
    const list = await call('GET', '/api/me/notices', { token: worker.token });
    expect(list.body).toMatchObject({ unread: 2, more: false });
    expect(list.body.notices.map((n: { kind: string }) => n.kind)).toEqual(['feedback_reply', 'feedback_status']);
    const newest = list.body.notices[0].id;
    // Someone else cannot read it, or learn that it exists.
    expect((await call('POST', `/api/me/notices/${newest}/read`, { token: world.people.member.token })).status).toBe(404);
    expect((await call('POST', `/api/me/notices/${newest}/read`, { token: worker.token })).body).toEqual({ unread: 1 });
    expect((await call('GET', '/api/me/notices/unread', { token: worker.token })).body).toEqual({ unread: 1 });
    expect((await call('POST', '/api/me/notices/read', { token: worker.token })).body).toEqual({ unread: 0 });
    expect((await call('GET', '/api/me/notices', { token: world.people.member.token })).body).toMatchObject({ notices: [], unread: 0 });
  });

  it('keeps at most 20 consents per kind, however often a client says yes', async () => {
    const world = await makeWorld();
    const person = world.people.member;
    for (let i = 0; i < 25; i++)
      await call('POST', '/api/me/subscriptions', { token: person.token, body: { accepted: ['event'], refused: [] } });
    const answer = await call('POST', '/api/me/subscriptions', { token: person.token, body: { accepted: [], refused: ['contest'] } });
    expect(answer.body.subscriptions).toEqual([
      { template: 'contest', credits: 0, refusedAt: expect.any(Number) },
      { template: 'event', credits: 20, refusedAt: null },
    ]);
  });
});
