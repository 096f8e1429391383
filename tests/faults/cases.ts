/**
 * The requests the partial-write test makes, each in a fresh world as one role: every writing
 * route of the authorization matrix, called as a role it lets succeed, and the batches the matrix
 * does not reach because their state has to be made first.
 */
import { call, makeBank, makeWorld, MATRIX_ROLES, snapshotDatabase, type MatrixRole, type World } from '@sitebranch/worker/testing';
import { env } from 'cloudflare:workers';
import { MATRIX, perWorld, type Cell } from '../authz/cells';

/** One request to make in a fresh world, as one role. */
export interface Case {
  method: string;
  role: MatrixRole;
  path: (world: World) => string | Promise<string>;
  body?: (world: World) => unknown | Promise<unknown>;
  rawBody?: () => string | Uint8Array;
  status: number;
}

/** A matrix cell as a case, called by the first role the table lets succeed; null if none may. */
function caseOf(route: string, cell: Cell): Case | null {
  const role = MATRIX_ROLES.find((r) => cell.expect[r] >= 200 && cell.expect[r] < 300);
  return role
    ? { method: route.split(' ')[0]!, role, path: cell.path, body: cell.body, rawBody: cell.rawBody, status: cell.expect[role] }
    : null;
}

const feedbackMoved = async (w: World, ...steps: [string, string?][]) => {
  const id = (
    await call('POST', `/api/branches/${w.branchId}/feedback`, {
      token: w.people.masses.token,
      body: { category: 'request', text: '宿舍热水器坏了一周，请尽快维修', anonymous: false },
    })
  ).body.id as string;
  for (const [to, note] of steps)
    await call('POST', `/api/feedback/${id}/transitions`, { token: w.people.committee.token, body: { to, ...(note && { note }) } });
  return id;
};
const confirmedTicket = async (w: World) => {
  const headers = { 'cf-connecting-ip': `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` };
  const ticket = (await call('POST', '/api/auth/tickets', { headers })).body as { id: string; secret: string };
  await call('POST', `/api/auth/tickets/${ticket.id}/scan`, { token: w.people.member.token });
  await call('POST', `/api/auth/tickets/${ticket.id}/confirm`, { token: w.people.member.token, body: { approve: true } });
  return ticket;
};
const resolvedOf = perWorld((w) => feedbackMoved(w, ['accepted'], ['resolved', '已处理']));
const ticketOf = perWorld(confirmedTicket);

/** Batches the matrix's cells do not reach: their state has to be made first. */
const BEYOND_THE_MATRIX: Record<string, Case> = {
  'a rating of resolved feedback (不满意 reopens it)': {
    method: 'POST',
    role: 'masses',
    status: 200,
    path: async (w) => `/api/feedback/${await resolvedOf(w)}/rating`,
    body: () => ({ level: 2, comment: '还是坏的' }),
  },
  'the submitter reopening resolved feedback': {
    method: 'POST',
    role: 'masses',
    status: 200,
    path: async (w) => `/api/feedback/${await resolvedOf(w)}/transitions`,
    body: () => ({ to: 'reopened', note: '没有修好' }),
  },
  'a computer collecting its confirmed login': {
    method: 'POST',
    role: 'none',
    status: 200,
    path: async (w) => `/api/auth/tickets/${(await ticketOf(w)).id}/session`,
    body: async (w) => ({ secret: (await ticketOf(w)).secret }),
  },
  'a question file of several questions': {
    method: 'POST',
    role: 'committee',
    status: 200,
    path: async (w) => `/api/banks/${(await makeBank(w, { single: 1 })).bankId}/import`,
    rawBody: () => '题型,题干,选项A,选项B,答案\r\n单选,故障注入的第一道题,甲,乙,A\r\n判断,故障注入的第二道题,,,正确\r\n',
  },
  'a member changing their work team': {
    method: 'PATCH',
    role: 'member',
    status: 200,
    path: (w) => `/api/me/memberships/${w.branchId}`,
    body: () => ({ workTeam: '故障注入班' }),
  },
};

/** Makes the case's world; `before` is the database once it is made, just before the request. */
export async function callCase(one: Case, db: D1Database) {
  const world = await makeWorld();
  const token = one.role === 'none' ? undefined : world.people[one.role].token;
  const path = await one.path(world);
  const input = one.rawBody ? { rawBody: one.rawBody(), headers: { 'content-type': 'text/csv' } } : { body: await one.body?.(world) };
  const before = await snapshotDatabase();
  const res = await call(one.method, path, { token, ...input, bindings: { ...env, DB: db } });
  return { res, before, after: await snapshotDatabase() };
}

export const CASES: [string, Case][] = [
  ...Object.entries(MATRIX)
    .filter(([route]) => !route.startsWith('GET '))
    .flatMap(([route, cell]): [string, Case][] => {
      const one = caseOf(route, cell);
      return one ? [[route, one]] : [];
    }),
  ...Object.entries(BEYOND_THE_MATRIX),
];
