import { LOGIN_LIMIT } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { call, type LooseJson, makePerson, mockWechat, tokenFor } from '../../../test/fixtures';
import { app } from '../../app';
import { signSessionToken } from '../../auth/session';
import { openSession } from '../../db/sessions';

afterEach(() => vi.restoreAllMocks());

describe('POST /api/auth/wechat', () => {
  it('exchanges the code, creates the person once and never returns session_key', async () => {
    const openid = `o-${crypto.randomUUID()}`;
    const wechat = mockWechat(() => Response.json({ openid, session_key: 'SECRET-SESSION-KEY' }));

    const first = await call('POST', '/api/auth/wechat', { body: { code: 'code-1' } });
    expect(first.status).toBe(200);
    expect(first.body.isNewUser).toBe(true);
    expect(JSON.stringify(first.body)).not.toContain('SECRET-SESSION-KEY');
    expect(JSON.stringify(first.body)).not.toContain(openid);

    const asked = new URL(String(wechat.mock.calls[0]![0]));
    expect(asked.searchParams.get('appid')).toBe('wx-test-appid');
    expect(asked.searchParams.get('js_code')).toBe('code-1');
    expect(asked.searchParams.get('grant_type')).toBe('authorization_code');

    const second = await call('POST', '/api/auth/wechat', { body: { code: 'code-2' } });
    expect(second.body.isNewUser).toBe(false);
    expect(second.body.user.id).toBe(first.body.user.id);

    const me = await call('GET', '/api/me', { token: second.body.token });
    expect(me.status).toBe(200);
    expect(me.body.id).toBe(first.body.user.id);
    const stored = await env.DB.prepare('SELECT count(*) AS n FROM users WHERE openid = ?').bind(openid).first<{ n: number }>();
    expect(stored?.n).toBe(1);
  });

  it.each([
    [40029, 401, 'wechat_code_invalid'],
    [40163, 401, 'wechat_code_invalid'],
    [45011, 429, 'wechat_rate_limited'],
    [40226, 403, 'wechat_user_blocked'],
    [-1, 502, 'wechat_unavailable'],
  ])('maps WeChat errcode %i to %i', async (errcode, status, code) => {
    mockWechat(() => Response.json({ errcode, errmsg: 'from wechat' }));
    const res = await call('POST', '/api/auth/wechat', { body: { code: 'bad' } });
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('answers 502 when WeChat cannot be reached', async () => {
    mockWechat(() => {
      throw new TypeError('network down');
    });
    const res = await call('POST', '/api/auth/wechat', { body: { code: 'any' } });
    expect(res.status).toBe(502);
    expect(res.body.error.code).toBe('wechat_unavailable');
  });

  it('answers 502 when WeChat answers with a server error', async () => {
    mockWechat(() => new Response('busy', { status: 503 }));
    const res = await call('POST', '/api/auth/wechat', { body: { code: 'any' } });
    expect(res.status).toBe(502);
  });

  it(`allows ${LOGIN_LIMIT.perAddress} logins from one address in ten minutes, then 429 without asking WeChat; other addresses go on`, async () => {
    const wechat = mockWechat(() => Response.json({ openid: `o-${crypto.randomUUID()}`, session_key: 'k' }));
    const from = (address: string) => ({ body: { code: 'c' }, headers: { 'cf-connecting-ip': address } });
    const busy = `10.77.${Math.floor(Math.random() * 250)}.1`;
    // Many at once, as a 班前会 behind a carrier's shared address would: the limit holds exactly.
    const logins = await Promise.all(
      Array.from({ length: LOGIN_LIMIT.perAddress + 5 }, () => call('POST', '/api/auth/wechat', from(busy))),
    );
    const statuses = logins.map((res) => res.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(LOGIN_LIMIT.perAddress);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(logins.find((res) => res.status === 429)!.body.error).toMatchObject({
      code: 'too_many_logins',
      message: '这个网络登录过于频繁，请 10 分钟后再试',
    });
    expect(wechat).toHaveBeenCalledTimes(LOGIN_LIMIT.perAddress);
    expect((await call('POST', '/api/auth/wechat', from(`${busy}0`))).status).toBe(200);
    // The address is not kept as such.
    const keys = await env.DB.prepare('SELECT key FROM request_counts').all<{ key: string }>();
    expect(JSON.stringify(keys.results)).not.toContain(busy);
  });

  it('refuses a missing code without calling WeChat', async () => {
    const wechat = mockWechat(() => Response.json({ openid: 'x' }));
    const res = await call('POST', '/api/auth/wechat', { body: { code: '' } });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.code).toBe('缺少微信登录凭证');
    expect(wechat).not.toHaveBeenCalled();
  });
});

describe('POST /api/auth/dev', () => {
  it('logs in as the same person by name, and a new name makes a person with no membership', async () => {
    const name = `新人${crypto.randomUUID().slice(0, 6)}`;
    const first = await call('POST', '/api/auth/dev', { body: { name } });
    expect(first.status).toBe(200);
    expect(first.body.isNewUser).toBe(true);
    expect(first.body.user.name).toBe(name);
    const again = await call('POST', '/api/auth/dev', { body: { name } });
    expect(again.body.user.id).toBe(first.body.user.id);
    const me = await call('GET', '/api/me', { token: again.body.token });
    expect(me.body.memberships).toEqual([]);
  });

  it('does not exist when the config does not enable it', async () => {
    const res = await app.request(
      '/api/auth/dev',
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: '张建国' }),
      },
      { ...env, DEV_LOGIN: 'off' },
    );
    expect(res.status).toBe(404);
    expect(((await res.json()) as LooseJson).error.code).toBe('not_found');
  });

  it('is off in the deploy config', async () => {
    // wrangler.jsonc is what `wrangler deploy` ships; tests and `wrangler dev` turn it on themselves.
    const config = await import('../../../wrangler.jsonc?raw');
    expect(config.default).toMatch(/"DEV_LOGIN":\s*"off"/);
  });
});

describe('sessions', () => {
  it('refuses an expired token with session_expired', async () => {
    const person = await makePerson('过期的人');
    const session = await openSession(env.DB, person.id, 'dev', 60_000);
    const { token } = await signSessionToken(env.SESSION_SECRET!, { userId: person.id, sessionId: session.id }, Date.now() - 1000);
    const res = await call('GET', '/api/me', { token });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('session_expired');
  });

  it('refuses a tampered token', async () => {
    const person = await makePerson('篡改的人');
    const other = await makePerson('别人');
    const token = await tokenFor(person.id);
    const [, signature] = token.split('.');
    const otherPayload = (await tokenFor(other.id)).split('.')[0];
    for (const bad of [`${otherPayload}.${signature}`, `${token}x`, 'abc', `${token}.extra`]) {
      const res = await call('GET', '/api/me', { token: bad });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
  });

  it('refuses a token signed with another secret', async () => {
    const person = await makePerson('外来的人');
    const session = await openSession(env.DB, person.id, 'dev', 60_000);
    const { token } = await signSessionToken(
      'another-secret-that-is-long-enough-000000',
      { userId: person.id, sessionId: session.id },
      Date.now() + 60_000,
    );
    expect((await call('GET', '/api/me', { token })).status).toBe(401);
  });

  it('renews a valid session', async () => {
    const person = await makePerson('续期的人');
    const res = await call('POST', '/api/auth/refresh', { token: person.token });
    expect(res.status).toBe(200);
    expect(res.body.expiresAt).toBeGreaterThan(Date.now() + 100 * 3_600_000);
    expect((await call('GET', '/api/me', { token: res.body.token })).status).toBe(200);
  });

  it('asks for login without a token', async () => {
    const res = await call('GET', '/api/me');
    expect(res.status).toBe(401);
    expect(res.body.error).toMatchObject({ code: 'unauthenticated', message: '请先登录' });
  });
});
