/**
 * 扫码登录 the whole way, from the computer's ticket to its 12-hour session, and asking for tickets
 * in a flood: rate limited per address, and forgotten by the cron a day after they end.
 */
import { COMPUTER_SESSION_LIFETIME_MS, LOGIN_TICKET_LIMIT } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { housekeepingStatements } from '../../scheduled';
import { call, makePerson } from '../../../test/fixtures';
import { computer, decide, newTicket, scan } from './login-ticket-test-helpers';

describe('扫码登录: the whole way', () => {
  it('gives the computer a 12-hour session of the person who scanned and confirmed, once', async () => {
    const organizer = await makePerson('扫码书记');
    const { pc, id, secret, expiresAt } = await newTicket();
    expect(expiresAt - Date.now()).toBeGreaterThan(110_000);
    expect(expiresAt - Date.now()).toBeLessThanOrEqual(120_000);
    expect((await pc.collect(id, secret)).body).toEqual({ state: 'waiting', login: null });

    const seen = await scan(organizer, id);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id, device: 'Chrome 131 · Windows', expiresAt });
    expect((await pc.collect(id, secret)).body).toEqual({ state: 'scanned', login: null });

    expect((await decide(organizer, id, true)).status).toBe(204);
    const before = Date.now();
    const collected = await pc.collect(id, secret);
    expect(collected.status).toBe(200);
    expect(collected.body.state).toBe('confirmed');
    expect(collected.body.login.user).toMatchObject({ id: organizer.id, name: '扫码书记' });
    const { token, expiresAt: tokenEnds, sessionEndsAt } = collected.body.login;
    expect(sessionEndsAt - before).toBeGreaterThanOrEqual(COMPUTER_SESSION_LIFETIME_MS - 5_000);
    expect(sessionEndsAt - before).toBeLessThanOrEqual(COMPUTER_SESSION_LIFETIME_MS + 5_000);
    expect(tokenEnds).toBeLessThanOrEqual(sessionEndsAt);

    expect((await call('GET', '/api/me', { token })).body.id).toBe(organizer.id);
    // A refresh never carries a computer's session past its 12 hours.
    const renewed = await call('POST', '/api/auth/refresh', { token });
    expect(renewed.body.expiresAt).toBeLessThanOrEqual(sessionEndsAt);
    expect(renewed.body.sessionEndsAt).toBe(sessionEndsAt);

    // Replayed: the ticket was used; nothing more comes of it.
    const again = await pc.collect(id, secret);
    expect(again.status).toBe(410);
    expect(again.body.error.code).toBe('ticket_used');
    const rows = await env.DB.prepare("SELECT count(*) AS n FROM sessions WHERE user_id = ?1 AND kind = 'computer'")
      .bind(organizer.id)
      .first<{ n: number }>();
    expect(rows!.n).toBe(1);
  });
});

describe('asking for tickets is rate limited per address', () => {
  it(`allows ${LOGIN_TICKET_LIMIT.perAddress} in ten minutes from one address, then 429 — another address is not affected`, async () => {
    const pc = computer();
    for (let i = 0; i < LOGIN_TICKET_LIMIT.perAddress; i++) expect((await pc.ask()).status).toBe(201);
    const refused = await pc.ask();
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('too_many_tickets');
    expect((await computer().ask()).status).toBe(201);
    // The address itself is not stored.
    const stored = await env.DB.prepare('SELECT address_key AS k FROM login_tickets WHERE address_key LIKE ?1')
      .bind(`%${pc.address}%`)
      .all();
    expect(stored.results).toHaveLength(0);
  });

  it('the cron forgets tickets a day after they ended', async () => {
    const { id } = await newTicket();
    await env.DB.prepare('UPDATE login_tickets SET expires_at = ?2 WHERE id = ?1')
      .bind(id, Date.now() - 25 * 3_600_000)
      .run();
    await env.DB.batch(housekeepingStatements(env.DB, Date.now()));
    expect(await env.DB.prepare('SELECT id FROM login_tickets WHERE id = ?1').bind(id).first()).toBeNull();
  });
});
