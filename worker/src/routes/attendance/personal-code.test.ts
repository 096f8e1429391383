import { PERSONAL_WINDOW_MS, personalToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld, type World } from '../../../test/fixtures';

/** What the person's phone shows: their code for the minute `at`, drawn with the key the API gave them. */
async function codeShownBy(token: string, at = Date.now()) {
  const res = await call('GET', '/api/me/checkin-code', { token });
  expect(res.status).toBe(200);
  return personalToken(res.body.key, res.body.userId, Math.floor(at / res.body.windowMs));
}

const scan = (world: World, eventId: string, code: string, by = world.people.committee.token) =>
  call('POST', `/api/events/${eventId}/checkins/personal`, { token: by, body: { code } });

describe('personal check-in code (我的签到码)', () => {
  it('gives each person their own key, rotating every minute', async () => {
    const world = await makeWorld();
    const mine = await call('GET', '/api/me/checkin-code', { token: world.people.member.token });
    const theirs = await call('GET', '/api/me/checkin-code', { token: world.people.masses.token });
    expect(mine.body).toMatchObject({ userId: world.people.member.id, windowMs: 60_000, acceptMs: 120_000 });
    expect(mine.body.key).toMatch(/^[0-9a-f]{64}$/);
    expect(theirs.body.key).not.toBe(mine.body.key);
    const anonymous = await call('GET', '/api/me/checkin-code', {});
    expect(anonymous.status).toBe(401);
  });

  it('checks the person in when an organizer scans it: method personal_code, recorded by the organizer, once', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const code = await codeShownBy(world.people.masses.token);
    const res = await scan(world, eventId, code);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      alreadyCheckedIn: false,
      name: world.people.masses.name,
      checkin: { userId: world.people.masses.id, method: 'personal_code', offline: false },
    });
    const row = await env.DB.prepare('SELECT method, recorded_by AS by FROM checkins WHERE event_id = ? AND user_id = ?')
      .bind(eventId, world.people.masses.id)
      .first();
    expect(row).toEqual({ method: 'personal_code', by: world.people.committee.id });
    const again = await scan(world, eventId, code, world.people.secretary.token);
    expect(again.body).toMatchObject({ alreadyCheckedIn: true, checkin: { method: 'personal_code' } });
    const count = await env.DB.prepare('SELECT checkin_count AS n FROM events WHERE id = ?').bind(eventId).first<{ n: number }>();
    expect(count?.n).toBe(1);
  });

  it('is accepted for two minutes and refused after, with its own message', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const now = Date.now();
    const fresh = await scan(world, eventId, await codeShownBy(world.people.member.token, now - PERSONAL_WINDOW_MS));
    expect(fresh.status).toBe(200);
    const stale = await scan(world, eventId, await codeShownBy(world.workers[0]!.token, now - 3 * PERSONAL_WINDOW_MS));
    expect(stale.status).toBe(400);
    expect(stale.body.error).toMatchObject({ code: 'code_expired', message: '个人签到码已过期，请让对方刷新后再扫' });
    const future = await scan(world, eventId, await codeShownBy(world.workers[1]!.token, now + 5 * PERSONAL_WINDOW_MS));
    expect(future.body.error.code).toBe('code_invalid');
  });

  it('refuses forged codes, event codes, and people the event does not expect', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, { audience: 'members', kind: 'party_lecture' });
    const real = await codeShownBy(world.people.member.token);
    // Someone else's id with the member's signature.
    const forged = real.replace(world.people.member.id, world.people.masses.id);
    expect((await scan(world, eventId, forged)).body.error).toMatchObject({
      code: 'code_invalid',
      message: '个人签到码无效，请让对方重新打开“我的签到码”',
    });
    expect((await scan(world, eventId, 'https://example.com/pages/checkin-scan/index?e=x&t=1.abc')).body.error.message).toBe(
      '这不是个人签到码，请扫描对方“我的签到码”页面上的二维码',
    );
    const masses = await scan(world, eventId, await codeShownBy(world.people.masses.token));
    expect(masses.status).toBe(403);
    expect(masses.body.error.code).toBe('members_only');
    const outsider = await scan(world, eventId, await codeShownBy(world.people.otherSecretary.token));
    expect(outsider.status).toBe(403);
    expect(outsider.body.error.message).toBe(`${world.people.otherSecretary.name}不是本支部的成员`);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM checkins WHERE event_id = ?').bind(eventId).first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });

  it('is refused once check-in has closed: that is a make-up with a reason', async () => {
    const world = await makeWorld();
    const now = Date.now();
    const eventId = await makeEvent(world, {
      startsAt: now - 7_200_000,
      endsAt: now - 3_600_000,
      checkinOpensAt: now - 7_200_000,
      checkinClosesAt: now - 3_600_000,
    });
    const res = await scan(world, eventId, await codeShownBy(world.people.member.token));
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('checkin_closed');
  });
});
