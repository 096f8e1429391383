/** One's own profile, and one's own work team in a branch one belongs to. */
import type { Cell } from './cell';
import { BRANCH_MEMBERS_ONLY, loggedIn, only } from './expectations';

export const ME: Record<string, Cell> = {
  'GET /api/me': { path: () => '/api/me', expect: loggedIn(200) },
  'PATCH /api/me': { path: () => '/api/me', body: () => ({ unitName: '某建工集团' }), expect: loggedIn(200) },
  // One's own work team, in a branch one belongs to.
  'PATCH /api/me/memberships/:branchId': {
    path: (w) => `/api/me/memberships/${w.branchId}`,
    body: () => ({ workTeam: '钢筋班' }),
    expect: only(200, BRANCH_MEMBERS_ONLY),
  },
};
