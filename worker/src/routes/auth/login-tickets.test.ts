/**
 * 扫码登录, as an attacker would try it: with the QR code photographed (the id without the
 * secret), with a ticket not yet confirmed, refused, expired or collected before, from another
 * person's phone, from a computer session, and by asking for tickets in a flood.
 */
import { COMPUTER_SESSION_LIFETIME_MS, LOGIN_TICKET_LIMIT } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { housekeepingStatements } from '../../scheduled';
import { call, makePerson, type Person } from '../../../test/fixtures';

const WINDOWS_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** A computer at an address of its own (each test apart from the others' rate limit). */
function computer(address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`) {
  const headers = { 'user-agent': WINDOWS_CHROME, 'cf-connecting-ip': address };
  return {
    address,
    ask: () => call('POST', '/api/auth/tickets', { headers }),
    collect: (id: string, secret: string) => call('POST', `/api/auth/tickets/${id}/session`, { headers, body: { secret } }),
  };
}

async function newTicket() {
  const pc = computer();
  const res = await pc.ask();
  expect(res.status).toBe(201);
  return { pc, id: res.body.id as string, secret: res.body.secret as string, expiresAt: res.body.expiresAt as number };
}

const scan = (person: Person, id: string) => call('POST', `/api/auth/tickets/${id}/scan`, { token: person.token });
const decide = (person: Person, id: string, approve: boolean) =>
  call('POST', `/api/auth/tickets/${id}/confirm`, { token: person.token, body: { approve } });

/** Logs a computer in as `person` through the whole flow, and returns its session token. */
async function computerLogin(person: Person): Promise<string> {
  const { pc, id, secret } = await newTicket();
  expect((await scan(person, id)).status).toBe(200);
  expect((await decide(person, id, true)).status).toBe(204);
  const collected = await pc.collect(id, secret);
  expect(collected.body.state).toBe('confirmed');
  return collected.body.login.token as string;
}

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

describe('扫码登录: what gives the computer nothing', () => {
  it('the photographed QR code: the id without the secret (or a guessed secret) is not found, even once confirmed', async () => {
    const organizer = await makePerson('被偷拍');
    const { id, secret } = await newTicket();
    await scan(organizer, id);
    await decide(organizer, id, true);
    const thief = computer();
    const guessed = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
    const res = await thief.collect(id, guessed);
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('二维码');
    expect((await thief.collect(id, 'x')).status).toBe(400);
    // The real computer still gets its session: the thief's tries used nothing up.
    expect((await computer().collect(id, secret)).body.state).toBe('confirmed');
  });

  it('a ticket scanned but not confirmed, or refused', async () => {
    const person = await makePerson('拒绝者');
    const { pc, id, secret } = await newTicket();
    await scan(person, id);
    expect((await pc.collect(id, secret)).body.login).toBeNull();
    expect((await decide(person, id, false)).status).toBe(204);
    expect((await pc.collect(id, secret)).body).toEqual({ state: 'refused', login: null });
    // Once refused it stays refused.
    const late = await decide(person, id, true);
    expect(late.status).toBe(410);
    expect((await pc.collect(id, secret)).body).toEqual({ state: 'refused', login: null });
  });

  it('an expired ticket: no scan, no decision, no session — also when confirmed but collected too late', async () => {
    const person = await makePerson('过期扫码');
    const waiting = await newTicket();
    await env.DB.prepare('UPDATE login_tickets SET expires_at = ?2 WHERE id = ?1')
      .bind(waiting.id, Date.now() - 1)
      .run();
    expect((await waiting.pc.collect(waiting.id, waiting.secret)).body).toEqual({ state: 'expired', login: null });
    const scanned = await scan(person, waiting.id);
    expect(scanned.status).toBe(410);
    expect(scanned.body.error.code).toBe('ticket_expired');

    const confirmed = await newTicket();
    await scan(person, confirmed.id);
    await decide(person, confirmed.id, true);
    await env.DB.prepare('UPDATE login_tickets SET expires_at = ?2 WHERE id = ?1')
      .bind(confirmed.id, Date.now() - 61_000)
      .run();
    expect((await confirmed.pc.collect(confirmed.id, confirmed.secret)).body).toEqual({ state: 'expired', login: null });

    const undecided = await newTicket();
    await scan(person, undecided.id);
    await env.DB.prepare('UPDATE login_tickets SET expires_at = ?2 WHERE id = ?1')
      .bind(undecided.id, Date.now() - 1)
      .run();
    const tooLate = await decide(person, undecided.id, true);
    expect(tooLate.status).toBe(410);
    expect(tooLate.body.error.code).toBe('ticket_expired');
    expect(
      (await env.DB.prepare("SELECT count(*) AS n FROM sessions WHERE user_id = ?1 AND kind = 'computer'")
        .bind(person.id)
        .first<{ n: number }>())!.n,
    ).toBe(0);
  });

  it('another person cannot take over a scanned ticket, nor confirm one they did not scan', async () => {
    const [owner, other] = await Promise.all([makePerson('先扫的人'), makePerson('后扫的人')]);
    const { id } = await newTicket();
    expect((await scan(owner, id)).status).toBe(200);
    const taken = await scan(other, id);
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('ticket_taken');
    expect((await decide(other, id, true)).body.error.code).toBe('ticket_taken');
    // Scanning again (the phone page reopened) is the owner's same scan.
    expect((await scan(owner, id)).status).toBe(200);
  });

  it('a decision needs a scan first', async () => {
    const person = await makePerson('没扫就确认');
    const { id } = await newTicket();
    const res = await decide(person, id, true);
    expect(res.status).toBe(409);
    expect(res.body.error.code).toBe('ticket_not_scanned');
  });

  it('a computer’s session cannot scan or confirm another computer in (no chain of computers from one stolen session)', async () => {
    const person = await makePerson('电脑连电脑');
    const pcToken = await computerLogin(person);
    const pcPerson = { ...person, token: pcToken };
    const { id } = await newTicket();
    const res = await scan(pcPerson, id);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('computer_cannot_confirm');
    await scan(person, id);
    expect((await decide(pcPerson, id, true)).status).toBe(403);
  });

  it('two collects at the same moment: one session, the other refused', async () => {
    const person = await makePerson('同时领取');
    const { pc, id, secret } = await newTicket();
    await scan(person, id);
    await decide(person, id, true);
    const both = await Promise.all([pc.collect(id, secret), pc.collect(id, secret)]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 410]);
    expect(
      (await env.DB.prepare("SELECT count(*) AS n FROM sessions WHERE user_id = ?1 AND kind = 'computer'")
        .bind(person.id)
        .first<{ n: number }>())!.n,
    ).toBe(1);
  });

  it('an unknown ticket, and a malformed id or body, are refused with a readable message', async () => {
    const person = await makePerson('乱扫');
    const unknown = await scan(person, 'abcdefghijklmnopqrstuvwx');
    expect(unknown.status).toBe(404);
    expect(
      (await call('POST', '/api/auth/tickets/abcdefghijklmnopqrstuvwx/confirm', { token: person.token, body: { approve: 'yes' } })).body
        .error.fields,
    ).toHaveProperty('approve');
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

describe('我的 → 登录设备', () => {
  it('lists the computer with its browser and system; 退出 ends it at once; another person’s session is not found', async () => {
    const [person, other] = await Promise.all([makePerson('看设备'), makePerson('别人的设备')]);
    const pcToken = await computerLogin(person);
    const listed = await call('GET', '/api/me/sessions', { token: person.token });
    expect(listed.status).toBe(200);
    const pcSession = listed.body.sessions.find((s: { kind: string }) => s.kind === 'computer');
    expect(pcSession).toMatchObject({ device: 'Chrome 131 · Windows', current: false });
    expect(listed.body.sessions.find((s: { current: boolean }) => s.current).kind).toBe('dev');

    const otherPc = await computerLogin(other);
    const otherSession = (await call('GET', '/api/me/sessions', { token: other.token })).body.sessions.find(
      (s: { kind: string }) => s.kind === 'computer',
    );
    const notMine = await call('DELETE', `/api/me/sessions/${otherSession.id}`, { token: person.token });
    expect(notMine.status).toBe(404);
    expect((await call('GET', '/api/me', { token: otherPc })).status).toBe(200);

    expect((await call('DELETE', `/api/me/sessions/${pcSession.id}`, { token: person.token })).status).toBe(204);
    expect((await call('GET', '/api/me', { token: pcToken })).status).toBe(401);
    expect(
      (await call('GET', '/api/me/sessions', { token: person.token })).body.sessions.some((s: { id: string }) => s.id === pcSession.id),
    ).toBe(false);
  });
});
