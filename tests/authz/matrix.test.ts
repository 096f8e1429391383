/**
 * The authorization matrix: every route of the app, called as every role, against the own
 * branch (the roles of another branch or region show what leaks across). Each cell runs in a
 * fresh world, so writes in one cell cannot change another. A route that the app serves but this
 * table does not list fails the suite: a new route must say who may call it.
 */
import { endpoints } from '@sitebranch/shared';
import { app } from '@sitebranch/worker/app';
import { codeWindowAt, deriveEventKey, derivePersonalKey, personalToken, PERSONAL_WINDOW_MS, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { call, makeEvent, makeInvite, makeWorld, MATRIX_ROLES, mockWechat, type MatrixRole, type World } from '@sitebranch/worker/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';

type Expectation = Record<MatrixRole, number>;

interface Cell {
  path: (world: World) => string | Promise<string>;
  body?: (world: World) => unknown | Promise<unknown>;
  expect: Expectation;
}

const ROLES_WITH_SESSION = MATRIX_ROLES.filter((r) => r !== 'none');

/** Everyone, even without a session. */
const anyone = (status: number): Expectation => Object.fromEntries(MATRIX_ROLES.map((r) => [r, status])) as Expectation;

/** Any logged-in person; 401 without a session. */
const loggedIn = (status: number): Expectation => ({ ...anyone(status), none: 401 });

/** Only the listed roles get `status`; other logged-in people 403; no session 401. */
const only = (status: number, roles: MatrixRole[]): Expectation =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === 'none' ? 401 : roles.includes(r) ? status : 403])) as Expectation;

const BRANCH_MEMBERS: MatrixRole[] = ['masses', 'member', 'committee', 'secretary', 'regionAdmin'];
const BRANCH_MEMBERS_ONLY: MatrixRole[] = ['masses', 'member', 'committee', 'secretary'];
const COMMITTEE: MatrixRole[] = ['committee', 'secretary'];
const eventIds = new WeakMap<World, Promise<string>>();
/** One event per world, made on first use. */
const eventOf = (w: World) => eventIds.get(w) ?? (eventIds.set(w, makeEvent(w)), eventIds.get(w)!);
const nowToken = async (w: World) => {
  const id = await eventOf(w);
  return qrToken(deriveEventKey(env.SESSION_SECRET!, id), id, codeWindowAt(Date.now()));
};
const ORGANIZERS: MatrixRole[] = ['committee', 'secretary', 'regionAdmin'];
const MANAGERS: MatrixRole[] = ['secretary', 'regionAdmin'];

const MATRIX: Record<string, Cell> = {
  'GET /api/health': { path: () => '/api/health', expect: anyone(200) },
  'GET /api/openapi.json': { path: () => '/api/openapi.json', expect: anyone(200) },
  'POST /api/auth/wechat': { path: () => '/api/auth/wechat', body: () => ({ code: 'matrix-code' }), expect: anyone(200) },
  'POST /api/auth/dev': { path: () => '/api/auth/dev', body: () => ({ name: '矩阵测试' }), expect: anyone(200) },
  'POST /api/auth/refresh': { path: () => '/api/auth/refresh', expect: loggedIn(200) },
  'GET /api/me': { path: () => '/api/me', expect: loggedIn(200) },
  'PATCH /api/me': { path: () => '/api/me', body: () => ({ workTeam: '钢筋班' }), expect: loggedIn(200) },
  'GET /api/regions': { path: () => '/api/regions', expect: loggedIn(200) },
  'POST /api/regions': { path: () => '/api/regions', body: () => ({ name: '新区域' }), expect: only(201, ['platformAdmin']) },
  'GET /api/regions/:id/branches': { path: (w) => `/api/regions/${w.regionId}/branches`, expect: only(200, ['regionAdmin']) },
  'POST /api/regions/:id/branches': {
    path: (w) => `/api/regions/${w.regionId}/branches`,
    body: () => ({ kind: 'site', name: '新支部', address: '新路 1 号' }),
    expect: only(201, ['regionAdmin']),
  },
  'GET /api/branches/:id': { path: (w) => `/api/branches/${w.branchId}`, expect: only(200, BRANCH_MEMBERS) },
  'POST /api/branches/:id/invites': { path: (w) => `/api/branches/${w.branchId}/invites`, body: () => ({}), expect: only(201, MANAGERS) },
  'GET /api/branches/:id/invites': { path: (w) => `/api/branches/${w.branchId}/invites`, expect: only(200, MANAGERS) },
  'DELETE /api/invites/:code': { path: async (w) => `/api/invites/${await makeInvite(w)}`, expect: only(204, MANAGERS) },
  'GET /api/invites/:code': { path: async (w) => `/api/invites/${await makeInvite(w)}`, expect: loggedIn(200) },
  'POST /api/invites/:code/join': { path: async (w) => `/api/invites/${await makeInvite(w)}/join`, expect: loggedIn(200) },
  'GET /api/branches/:id/members': { path: (w) => `/api/branches/${w.branchId}/members`, expect: only(200, ORGANIZERS) },
  'PATCH /api/branches/:id/members/:userId': {
    path: (w) => `/api/branches/${w.branchId}/members/${w.workers[0]!.id}`,
    body: () => ({ workTeam: '安全班' }),
    expect: only(200, MANAGERS),
  },
  'DELETE /api/branches/:id/members/:userId': {
    path: (w) => `/api/branches/${w.branchId}/members/${w.workers[0]!.id}`,
    expect: only(204, MANAGERS),
  },
  'GET /api/branches/:id/events': { path: (w) => `/api/branches/${w.branchId}/events`, expect: only(200, BRANCH_MEMBERS) },
  'POST /api/branches/:id/events': {
    path: (w) => `/api/branches/${w.branchId}/events`,
    body: () => ({ kind: 'training', title: '班前会', placeName: '工地', startsAt: Date.now() + 3_600_000, endsAt: Date.now() + 7_200_000 }),
    expect: only(201, COMMITTEE),
  },
  'GET /api/events/:id': { path: async (w) => `/api/events/${await eventOf(w)}`, expect: only(200, BRANCH_MEMBERS) },
  'PATCH /api/events/:id': { path: async (w) => `/api/events/${await eventOf(w)}`, body: () => ({ title: '改名的班前会' }), expect: only(200, COMMITTEE) },
  'DELETE /api/events/:id': { path: async (w) => `/api/events/${await eventOf(w)}`, expect: only(204, COMMITTEE) },
  'GET /api/events/:id/code': { path: async (w) => `/api/events/${await eventOf(w)}/code`, expect: only(200, COMMITTEE) },
  'POST /api/events/:id/checkins/roster': {
    path: async (w) => `/api/events/${await eventOf(w)}/checkins/roster`,
    body: () => ({ workTeam: '钢筋班' }),
    expect: only(200, COMMITTEE),
  },
  'GET /api/events/:id/attendance': { path: async (w) => `/api/events/${await eventOf(w)}/attendance`, expect: only(200, ORGANIZERS) },
  'POST /api/events/:id/leaves': {
    path: async (w) => `/api/events/${await makeEvent(w, { startsAt: Date.now() + 7_200_000, endsAt: Date.now() + 10_800_000 })}/leaves`,
    body: () => ({ reason: '家里有事' }),
    expect: only(200, BRANCH_MEMBERS_ONLY),
  },
  'POST /api/events/:id/checkins/makeup': {
    path: async (w) => `/api/events/${await eventOf(w)}/checkins/makeup`,
    body: (w) => ({ userId: w.workers[0]!.id, reason: '手机没电' }),
    expect: only(200, COMMITTEE),
  },
  'POST /api/events/:id/checkins/personal': {
    path: async (w) => `/api/events/${await eventOf(w)}/checkins/personal`,
    body: (w) => ({ code: personalToken(derivePersonalKey(env.SESSION_SECRET!, w.workers[0]!.id), w.workers[0]!.id, Math.floor(Date.now() / PERSONAL_WINDOW_MS)) }),
    expect: only(200, COMMITTEE),
  },
  'GET /api/me/signin-code': { path: () => '/api/me/signin-code', expect: loggedIn(200) },
  'GET /api/branches/:id/attendance/me': { path: (w) => `/api/branches/${w.branchId}/attendance/me`, expect: only(200, BRANCH_MEMBERS_ONLY) },
  // Members of the event's branch sign in; a region admin who is not a member cannot.
  'POST /api/events/:id/checkins': {
    path: async (w) => `/api/events/${await eventOf(w)}/checkins`,
    body: async (w) => ({ token: await nowToken(w) }),
    expect: only(200, BRANCH_MEMBERS_ONLY),
  },
};

afterEach(() => vi.restoreAllMocks());

describe('the matrix covers the API', () => {
  const served = app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`);

  it('lists every route the app serves, and nothing else', () => {
    expect([...new Set(served)].sort()).toEqual(Object.keys(MATRIX).sort());
  });

  it('serves every endpoint of the shared contract', () => {
    for (const endpoint of Object.values(endpoints)) {
      expect(served).toContain(`${endpoint.method.toUpperCase()} ${endpoint.path}`);
    }
  });
});

describe.each(Object.entries(MATRIX))('%s', (_route, cell) => {
  const method = _route.split(' ')[0]!;
  it.each(MATRIX_ROLES)('as %s', async (role) => {
    mockWechat(() => Response.json({ openid: `matrix-${crypto.randomUUID()}`, session_key: 'k' }));
    const world = await makeWorld();
    const token = role === 'none' ? undefined : world.people[role].token;
    const res = await call(method, await cell.path(world), { token, body: await cell.body?.(world) });
    expect(res.status, JSON.stringify(res.body)).toBe(cell.expect[role]);
    if (res.status >= 400) expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });
});

describe('nothing of another branch leaks through lists', () => {
  it('shows a region admin only their own region and its branches', async () => {
    const world = await makeWorld();
    const regions = await call('GET', '/api/regions', { token: world.people.regionAdmin.token });
    expect(regions.body.regions.map((r: { id: string }) => r.id)).toEqual([world.regionId]);
    const other = await call('GET', `/api/regions/${world.otherRegionId}/branches`, { token: world.people.regionAdmin.token });
    expect(other.status).toBe(403);
    expect(JSON.stringify(other.body)).not.toContain(world.otherBranchId);
  });

  it('lists only the own branch in /api/me', async () => {
    const world = await makeWorld();
    for (const role of ROLES_WITH_SESSION) {
      const me = await call('GET', '/api/me', { token: world.people[role].token });
      expect(JSON.stringify(me.body)).not.toContain(role === 'otherSecretary' ? world.branchId : world.otherBranchId);
    }
  });
});
