/** Logging in and out: WeChat and development logins, 扫码登录 tickets for a computer, and one's own sessions. */
import { env } from 'cloudflare:workers';
import { call, MATRIX_ROLES, type MatrixRole } from '@sitebranch/worker/testing';
import { type Cell, perWorld } from './cell';
import { anyone, type Expectation, loggedIn, ownerOnly } from './expectations';

/** A computer's login ticket, asked for once per world (its secret stays with the test, as with the computer). */
// Each from an address of its own: the matrix asks for more tickets than one address may.
const ticketOf = perWorld(
  async () =>
    (
      await call('POST', '/api/auth/tickets', {
        headers: { 'cf-connecting-ip': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
      })
    ).body as { id: string; secret: string },
);
/** Scanned by the branch's Party member: only they may decide it; to anyone else it is taken (409). */
const scannedTicketOf = perWorld(async (w) => {
  const ticket = await ticketOf(w);
  await call('POST', `/api/auth/tickets/${ticket.id}/scan`, { token: w.people.member.token });
  return ticket;
});
const heldBy = (status: number, holder: MatrixRole, others: number): Expectation =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === 'none' ? 401 : r === holder ? status : others])) as Expectation;
const memberSessionOf = perWorld(
  async (w) =>
    (await env.DB.prepare('SELECT id FROM sessions WHERE user_id = ?1 LIMIT 1').bind(w.people.member.id).first<{ id: string }>())!.id,
);

export const AUTH: Record<string, Cell> = {
  'POST /api/auth/wechat': { path: () => '/api/auth/wechat', body: () => ({ code: 'matrix-code' }), expect: anyone(200) },
  'POST /api/auth/dev': { path: () => '/api/auth/dev', body: () => ({ name: '矩阵测试' }), expect: anyone(200) },
  'POST /api/auth/refresh': { path: () => '/api/auth/refresh', expect: loggedIn(200) },
  'POST /api/auth/logout': { path: () => '/api/auth/logout', expect: loggedIn(204) },
  // 扫码登录: the computer's two calls need no session (the secret is its proof); the phone's need one.
  'POST /api/auth/tickets': { path: () => '/api/auth/tickets', expect: anyone(201) },
  'POST /api/auth/tickets/:id/session': {
    path: async (w) => `/api/auth/tickets/${(await ticketOf(w)).id}/session`,
    body: async (w) => ({ secret: (await ticketOf(w)).secret }),
    expect: anyone(200),
  },
  'POST /api/auth/tickets/:id/scan': { path: async (w) => `/api/auth/tickets/${(await ticketOf(w)).id}/scan`, expect: loggedIn(200) },
  'POST /api/auth/tickets/:id/confirm': {
    path: async (w) => `/api/auth/tickets/${(await scannedTicketOf(w)).id}/confirm`,
    body: () => ({ approve: true }),
    expect: heldBy(204, 'member', 409),
  },
  'GET /api/me/sessions': { path: () => '/api/me/sessions', expect: loggedIn(200) },
  // Only one's own sessions: the member's, to anyone else, does not exist.
  'DELETE /api/me/sessions/:id': { path: async (w) => `/api/me/sessions/${await memberSessionOf(w)}`, expect: ownerOnly(204, 'member') },
};
