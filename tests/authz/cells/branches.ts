/** Branches: a region's list and new ones, a branch itself, and its invite codes (made, listed, withdrawn, used to join). */
import { makeInvite } from '@sitebranch/worker/testing';
import type { Cell } from './cell';
import { BRANCH_MEMBERS, loggedIn, MANAGERS, only } from './expectations';

export const BRANCHES: Record<string, Cell> = {
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
};
