/** A branch's members and its 花名册: changing and removing members, adding and importing roster workers, and claim codes for them. */
import { call, MATRIX_ROLES } from '@sitebranch/worker/testing';
import { type Cell, perWorld } from './cell';
import { BRANCH_MEMBERS_ONLY, type Expectation, loggedIn, MANAGERS, only, ORGANIZERS } from './expectations';

/** A worker on the 花名册 without a login, added by the secretary; and a claim code for them. */
const rosterPersonOf = perWorld(
  async (w) =>
    (
      await call('POST', `/api/branches/${w.branchId}/roster`, {
        token: w.people.secretary.token,
        body: { name: '花名册工人', workTeam: '木工班' },
      })
    ).body.userId as string,
);
const claimCodeOf = perWorld(
  async (w) =>
    (await call('POST', `/api/branches/${w.branchId}/members/${await rosterPersonOf(w)}/claim-code`, { token: w.people.secretary.token }))
      .body.code as string,
);
/** Claiming: anyone logged in who is not in the branch yet; its members are told they already are (409). */
const claimers = (): Expectation =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === 'none' ? 401 : BRANCH_MEMBERS_ONLY.includes(r) ? 409 : 200])) as Expectation;

export const MEMBERS: Record<string, Cell> = {
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
  'POST /api/branches/:id/roster': {
    path: (w) => `/api/branches/${w.branchId}/roster`,
    body: () => ({ name: '矩阵花名册', workTeam: '钢筋班' }),
    expect: only(201, MANAGERS),
  },
  'POST /api/branches/:id/roster/import': {
    path: (w) => `/api/branches/${w.branchId}/roster/import`,
    rawBody: () => '姓名,班组\r\n矩阵导入甲,木工班\r\n',
    expect: only(200, MANAGERS),
  },
  'POST /api/branches/:id/members/:userId/claim-code': {
    path: async (w) => `/api/branches/${w.branchId}/members/${await rosterPersonOf(w)}/claim-code`,
    expect: only(201, MANAGERS),
  },
  'GET /api/roster-claims/:code': { path: async (w) => `/api/roster-claims/${await claimCodeOf(w)}`, expect: loggedIn(200) },
  'POST /api/roster-claims/:code': { path: async (w) => `/api/roster-claims/${await claimCodeOf(w)}`, expect: claimers() },
};
