/**
 * Sessions end: a session has an absolute lifetime that refreshing cannot extend, 退出登录 revokes
 * it on the server, and a token copied off the phone is useless after logout — on every route,
 * the hot writes (which check the session inside their own statement) included.
 */
import { codeWindowAt, deriveEventKey, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { SESSION_LIFETIME_MS, signSessionToken } from '../../auth/session';
import { makeBank, makeContest } from '../../../test/contest-fixtures';
import { call, makeEvent, makePerson, makeWorld } from '../../../test/fixtures';

const DAY = 24 * 3_600_000;

async function devLogin(name: string) {
  const res = await call('POST', '/api/auth/dev', { body: { name } });
  expect(res.status).toBe(200);
  return res.body as { token: string; expiresAt: number; user: { id: string } };
}

describe('a session’s absolute lifetime', () => {
  it('is 30 days from login, and a refresh never goes past it', async () => {
    const before = Date.now();
    const login = await devLogin(`会话${Math.random().toString(36).slice(2, 8)}`);
    const row = await env.DB.prepare('SELECT created_at AS createdAt, expires_at AS expiresAt FROM sessions WHERE user_id = ?1')
      .bind(login.user.id)
      .first<{ createdAt: number; expiresAt: number }>();
    expect(row!.expiresAt - row!.createdAt).toBe(SESSION_LIFETIME_MS);
    expect(row!.expiresAt).toBeGreaterThanOrEqual(before + 30 * DAY);

    // Near its end, a refresh gives a token that stops exactly when the session does.
    await env.DB.prepare('UPDATE sessions SET expires_at = ?2 WHERE user_id = ?1')
      .bind(login.user.id, Date.now() + 60_000)
      .run();
    const renewed = await call('POST', '/api/auth/refresh', { token: login.token });
    expect(renewed.status).toBe(200);
    const end = (await env.DB.prepare('SELECT expires_at AS e FROM sessions WHERE user_id = ?1')
      .bind(login.user.id)
      .first<{ e: number }>())!.e;
    expect(renewed.body.expiresAt).toBe(end);
  });

  it('refuses a token, however fresh its own expiry, once the session has ended', async () => {
    const login = await devLogin(`过期会话${Math.random().toString(36).slice(2, 8)}`);
    await env.DB.prepare('UPDATE sessions SET expires_at = ?2 WHERE user_id = ?1')
      .bind(login.user.id, Date.now() - 1)
      .run();
    const me = await call('GET', '/api/me', { token: login.token });
    expect(me.status).toBe(401);
    expect(me.body.error.code).toBe('session_expired');
    expect((await call('POST', '/api/auth/refresh', { token: login.token })).status).toBe(401);
  });

  it('refuses a well-signed token for a session that does not exist (forged session id)', async () => {
    const person = await makePerson('伪造会话');
    const { token } = await signSessionToken(env.SESSION_SECRET!, { userId: person.id, sessionId: 'no-such-session' }, Date.now() + 60_000);
    expect((await call('GET', '/api/me', { token })).status).toBe(401);
  });
});

describe('退出登录', () => {
  it('revokes the session: the token, and one refreshed before logout, stop working at once', async () => {
    const login = await devLogin(`退出${Math.random().toString(36).slice(2, 8)}`);
    const refreshed = (await call('POST', '/api/auth/refresh', { token: login.token })).body.token as string;
    expect((await call('POST', '/api/auth/logout', { token: login.token })).status).toBe(204);
    for (const token of [login.token, refreshed]) {
      const me = await call('GET', '/api/me', { token });
      expect(me.status).toBe(401);
      expect(me.body.error.message).toBe('您已退出登录，请重新登录');
      expect((await call('POST', '/api/auth/refresh', { token })).status).toBe(401);
    }
    // Logging in again opens a new session; the old one stays revoked.
    const again = await devLogin(
      (await env.DB.prepare('SELECT name FROM users WHERE id = ?1').bind(login.user.id).first<{ name: string }>())!.name,
    );
    expect((await call('GET', '/api/me', { token: again.token })).status).toBe(200);
    expect((await call('GET', '/api/me', { token: login.token })).status).toBe(401);
  });

  it('ends only that session: the same person on another phone stays logged in', async () => {
    const name = `两台手机${Math.random().toString(36).slice(2, 8)}`;
    const phone = await devLogin(name);
    const other = await devLogin(name);
    await call('POST', '/api/auth/logout', { token: phone.token });
    expect((await call('GET', '/api/me', { token: other.token })).status).toBe(200);
  });

  it('a stolen token cannot check in after logout, though check-in checks the session in its own statement', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const stolen = world.people.member.token;
    await call('POST', '/api/auth/logout', { token: stolen });
    const token = qrToken(deriveEventKey(env.CHECKIN_SECRET!, eventId), eventId, codeWindowAt(Date.now()));
    const res = await call('POST', `/api/events/${eventId}/checkins`, { token: stolen, body: { token } });
    expect(res.status).toBe(401);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM checkins WHERE event_id = ?1').bind(eventId).first<{ n: number }>();
    expect(rows!.n).toBe(0);
    // Wrong digits from a logged-out token are not even counted.
    const guess = await call('POST', `/api/events/${eventId}/checkins`, { token: stolen, body: { digits: '000000' } });
    expect(guess.status).toBe(401);
    expect(
      (await env.DB.prepare('SELECT count(*) AS n FROM checkin_failures WHERE event_id = ?1').bind(eventId).first<{ n: number }>())!.n,
    ).toBe(0);
  });

  it('a stolen token cannot save answers or hand in after logout (both check the session in their own statement)', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 3 });
    const contestId = await makeContest(world, bank, { draw: [{ type: 'single', count: 3 }] });
    const stolen = world.people.member.token;
    const attempt = (await call('POST', `/api/contests/${contestId}/attempts`, { token: stolen })).body;
    await call('POST', '/api/auth/logout', { token: stolen });
    const save = await call('PUT', `/api/attempts/${attempt.id}/answers/${attempt.questions[0].id}`, {
      token: stolen,
      body: { answer: 'A' },
    });
    expect(save.status).toBe(401);
    const submit = await call('POST', `/api/attempts/${attempt.id}/submit`, { token: stolen, body: {} });
    expect(submit.status).toBe(401);
    const row = await env.DB.prepare(
      'SELECT submitted_at AS s, (SELECT count(*) FROM attempt_answers WHERE attempt_id = ?1 AND answer IS NOT NULL) AS answered FROM attempts WHERE id = ?1',
    )
      .bind(attempt.id)
      .first<{ s: number | null; answered: number }>();
    expect(row).toEqual({ s: null, answered: 0 });
  });
});
