/** Regions: the list, a region's discipline contacts (纪检联系人), and new regions made by the platform's admin. */
import type { Cell } from './cell';
import { loggedIn, only } from './expectations';

export const REGIONS: Record<string, Cell> = {
  'GET /api/regions': { path: () => '/api/regions', expect: loggedIn(200) },
  'GET /api/regions/:id/discipline-contacts': {
    path: (w) => `/api/regions/${w.regionId}/discipline-contacts`,
    expect: only(200, ['regionAdmin']),
  },
  'POST /api/regions/:id/discipline-contacts': {
    path: (w) => `/api/regions/${w.regionId}/discipline-contacts`,
    body: (w) => ({ userId: w.people.member.id }),
    expect: only(201, ['regionAdmin']),
  },
  'DELETE /api/regions/:id/discipline-contacts/:userId': {
    path: (w) => `/api/regions/${w.regionId}/discipline-contacts/${w.people.disciplineContact.id}`,
    expect: only(204, ['regionAdmin']),
  },
  'POST /api/regions': { path: () => '/api/regions', body: () => ({ name: '新区域' }), expect: only(201, ['platformAdmin']) },
};
