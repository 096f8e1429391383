/**
 * The authorization matrix: every route of the app, called as every role, against the own
 * branch (the roles of another branch or region show what leaks across). Each cell runs in a
 * fresh world, so writes in one cell cannot change another. A route that the app serves but this
 * table does not list fails the suite: a new route must say who may call it.
 */
import { endpoints } from '@sitebranch/shared';
import { app } from '@sitebranch/worker/app';
import { call, makeEvent, makeWorld, MATRIX_ROLES, mockWechat } from '@sitebranch/worker/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BRANCH_MEMBERS,
  BRANCH_MEMBERS_ONLY,
  type Cell,
  contestBody,
  feedbackViewers,
  integrityOf,
  MATRIX,
  only,
  ORGANIZERS,
  perWorld,
  regionBankOf,
  regionContestOf,
  ROLES_WITH_SESSION,
} from './cells';

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
    const path = await cell.path(world);
    const input = cell.rawBody ? { rawBody: cell.rawBody(), headers: { 'content-type': 'text/csv' } } : { body: await cell.body?.(world) };
    const res = await call(method, path, { token, ...input });
    expect(res.status, JSON.stringify(res.body)).toBe(cell.expect[role]);
    if (res.status >= 400) expect(res.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
  });
});

/** Banks and contests of the whole region: managed by its admins, viewed by branch organizers, taken by members. */
const REGION_OWNED: Record<string, Cell & { method: string }> = {
  'create a region bank': {
    method: 'POST',
    path: () => '/api/banks',
    body: (w) => ({ name: '区域题库', regionId: w.regionId }),
    expect: only(201, ['regionAdmin']),
  },
  'read a region bank': {
    method: 'GET',
    path: async (w) => `/api/banks/${(await regionBankOf(w)).bankId}/questions`,
    expect: only(200, ORGANIZERS),
  },
  'add to a region bank': {
    method: 'POST',
    path: async (w) => `/api/banks/${(await regionBankOf(w)).bankId}/questions`,
    body: () => ({ type: 'judge', stem: '区域题库的判断题', options: ['正确', '错误'], answer: 'B' }),
    expect: only(201, ['regionAdmin']),
  },
  'create a region contest': {
    method: 'POST',
    path: () => '/api/contests',
    body: async (w) => contestBody({ regionId: w.regionId }, (await regionBankOf(w)).bankId),
    expect: only(201, ['regionAdmin']),
  },
  'see a region contest': {
    method: 'GET',
    path: async (w) => `/api/contests/${await regionContestOf(w)}`,
    expect: only(200, BRANCH_MEMBERS),
  },
  'take a region contest': {
    method: 'POST',
    path: async (w) => `/api/contests/${await regionContestOf(w)}/attempts`,
    expect: only(200, BRANCH_MEMBERS_ONLY),
  },
  'change a region contest': {
    method: 'PATCH',
    path: async (w) => `/api/contests/${await regionContestOf(w)}`,
    body: () => ({ title: '改名' }),
    expect: only(200, ['regionAdmin']),
  },
  'analyse a region contest': {
    method: 'GET',
    path: async (w) => `/api/contests/${await regionContestOf(w)}/analysis`,
    expect: only(200, ORGANIZERS),
  },
};

describe.each(Object.entries(REGION_OWNED))('region-owned: %s', (_name, cell) => {
  it.each(MATRIX_ROLES)('as %s', async (role) => {
    const world = await makeWorld();
    const token = role === 'none' ? undefined : world.people[role].token;
    const res = await call(cell.method, await cell.path(world), { token, body: await cell.body?.(world) });
    expect(res.status, JSON.stringify(res.body)).toBe(cell.expect[role]);
  });
});

describe('integrity reports (廉政监督)', () => {
  it.each(MATRIX_ROLES)('are seen only by the submitter and the secretary: as %s', async (role) => {
    const world = await makeWorld();
    const token = role === 'none' ? undefined : world.people[role].token;
    const res = await call('GET', `/api/feedback/${await integrityOf(world)}`, { token });
    expect(res.status).toBe(feedbackViewers(200, ['masses', 'secretary'])[role]);
  });
});

/** An anonymous 廉政监督 report sent past the branch to the region's discipline contact. */
const regionIntegrityOf = perWorld(async (w) => {
  const res = await call('POST', `/api/branches/${w.branchId}/feedback`, {
    token: w.people.masses.token,
    body: { category: 'integrity', text: '项目部有人索要购物卡', routeTo: 'region', anonymous: false },
  });
  return res.body.id as string;
});

describe('integrity reports sent to the region', () => {
  it.each(MATRIX_ROLES)('are seen only by the submitter and the region discipline contact: as %s', async (role) => {
    const world = await makeWorld();
    const token = role === 'none' ? undefined : world.people[role].token;
    const id = await regionIntegrityOf(world);
    expect((await call('GET', `/api/feedback/${id}`, { token })).status).toBe(feedbackViewers(200, ['masses', 'disciplineContact'])[role]);
    const accept = await call('POST', `/api/feedback/${id}/transitions`, { token, body: { to: 'accepted' } });
    expect(accept.status).toBe({ ...feedbackViewers(200, ['disciplineContact']), masses: 403 }[role]);
  });

  it('never appear in the branch list, for anyone in the branch', async () => {
    const world = await makeWorld();
    const id = await regionIntegrityOf(world);
    for (const role of ['committee', 'secretary'] as const) {
      const list = await call('GET', `/api/branches/${world.branchId}/feedback`, { token: world.people[role].token });
      expect(JSON.stringify(list.body)).not.toContain(id);
    }
  });
});

describe('the geofence centre', () => {
  it.each(MATRIX_ROLES)('goes only to organizers and the region admin: as %s', async (role) => {
    const world = await makeWorld();
    const eventId = await makeEvent(world, { geoLat: 30.27, geoLng: 120.15, geoRadiusM: 300 });
    const token = role === 'none' ? undefined : world.people[role].token;
    const res = await call('GET', `/api/events/${eventId}`, { token });
    expect(res.status).toBe(only(200, BRANCH_MEMBERS)[role]);
    if (res.status !== 200) return;
    expect(res.body.geofenced).toBe(true);
    expect(res.body.geofence === null).toBe(!ORGANIZERS.includes(role));
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
