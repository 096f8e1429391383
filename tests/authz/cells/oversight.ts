/**
 * What branches are held to and watched by: the branch and region dashboards, the ledger, the
 * region's ranking, appointing a branch's secretary, compliance and its targets, and feedback deadlines.
 */
import type { Cell } from './cell';
import { only, ORGANIZERS } from './expectations';

export const OVERSIGHT: Record<string, Cell> = {
  'GET /api/branches/:id/dashboard': { path: (w) => `/api/branches/${w.branchId}/dashboard?period=2026-Q4`, expect: only(200, ORGANIZERS) },
  'GET /api/branches/:id/ledger.xlsx': {
    path: (w) => `/api/branches/${w.branchId}/ledger.xlsx?from=2026-11`,
    expect: only(200, ORGANIZERS),
  },
  'GET /api/regions/:id/dashboard': {
    path: (w) => `/api/regions/${w.regionId}/dashboard?period=2026-Q4`,
    expect: only(200, ['regionAdmin']),
  },
  'GET /api/regions/:id/ranking': {
    path: (w) => `/api/regions/${w.regionId}/ranking?kind=compliance&sort=asc`,
    expect: only(200, ['regionAdmin']),
  },
  // The region's admin appoints; a secretary cannot name a successor, nor another region's admin reach in.
  'PUT /api/regions/:id/branches/:branchId/secretary': {
    path: (w) => `/api/regions/${w.regionId}/branches/${w.branchId}/secretary`,
    body: (w) => ({ userId: w.people.member.id }),
    expect: only(200, ['regionAdmin']),
  },
  'GET /api/branches/:id/compliance': {
    path: (w) => `/api/branches/${w.branchId}/compliance?period=2026-Q4`,
    expect: only(200, ORGANIZERS),
  },
  'PUT /api/branches/:id/compliance-targets': {
    path: (w) => `/api/branches/${w.branchId}/compliance-targets`,
    body: () => ({
      branch_assembly: { per: 'quarter', times: 1 },
      committee_meeting: { per: 'month', times: 1 },
      group_meeting: null,
      party_lecture: { per: 'quarter', times: 1 },
      theme_day: { per: 'month', times: 1 },
    }),
    expect: only(200, ['secretary']),
  },
  'GET /api/branches/:id/feedback-settings': {
    path: (w) => `/api/branches/${w.branchId}/feedback-settings`,
    expect: only(200, ORGANIZERS),
  },
  'PUT /api/branches/:id/feedback-settings': {
    path: (w) => `/api/branches/${w.branchId}/feedback-settings`,
    body: () => ({ acceptDays: 3, resolveDays: 10, followUpDays: 5 }),
    expect: only(200, ['secretary']),
  },
};
