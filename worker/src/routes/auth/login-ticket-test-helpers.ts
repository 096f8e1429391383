/** What the 扫码登录 tests share: a computer at an address of its own, a fresh ticket, the phone's scan and decision, a whole login. */
import { expect } from 'vitest';
import { call, type Person } from '../../../test/fixtures';

const WINDOWS_CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** A computer at an address of its own (each test apart from the others' rate limit). */
export function computer(
  address = `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
) {
  const headers = { 'user-agent': WINDOWS_CHROME, 'cf-connecting-ip': address };
  return {
    address,
    ask: () => call('POST', '/api/auth/tickets', { headers }),
    collect: (id: string, secret: string) => call('POST', `/api/auth/tickets/${id}/session`, { headers, body: { secret } }),
  };
}

export async function newTicket() {
  const pc = computer();
  const res = await pc.ask();
  expect(res.status).toBe(201);
  return { pc, id: res.body.id as string, secret: res.body.secret as string, expiresAt: res.body.expiresAt as number };
}

export const scan = (person: Person, id: string) => call('POST', `/api/auth/tickets/${id}/scan`, { token: person.token });
export const decide = (person: Person, id: string, approve: boolean) =>
  call('POST', `/api/auth/tickets/${id}/confirm`, { token: person.token, body: { approve } });

/** Logs a computer in as `person` through the whole flow, and returns its session token. */
export async function computerLogin(person: Person): Promise<string> {
  const { pc, id, secret } = await newTicket();
  expect((await scan(person, id)).status).toBe(200);
  expect((await decide(person, id, true)).status).toBe(204);
  const collected = await pc.collect(id, secret);
  expect(collected.body.state).toBe('confirmed');
  return collected.body.login.token as string;
}
