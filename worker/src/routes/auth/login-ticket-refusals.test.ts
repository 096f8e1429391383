/**
 * 扫码登录, as an attacker would try it: with the QR code photographed (the id without the
 * secret), with a ticket not yet confirmed, refused, expired or collected before, from another
 * person's phone, or from a computer session.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makePerson } from '../../../test/fixtures';
import { computer, computerLogin, decide, newTicket, scan } from './login-ticket-test-helpers';

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
