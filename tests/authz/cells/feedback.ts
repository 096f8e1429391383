/**
 * Feedback (反馈): submitted, listed, followed by receipt, its photos and the handler's proof of a
 * fix, moved through its states, replied to and rated; and the region's integrity reports (廉政监督).
 */
import { call, TEST_JPEG } from '@sitebranch/worker/testing';
import { type Cell, perWorld } from './cell';
import { anyone, BRANCH_MEMBERS_ONLY, COMMITTEE, feedbackViewers, loggedIn, only } from './expectations';

/** Feedback of the branch's worker (masses): a hazard report, and an integrity report (named, to test who sees it). */
const feedbackOf = perWorld(async (w) => {
  const res = await call('POST', `/api/branches/${w.branchId}/feedback`, {
    token: w.people.masses.token,
    body: { category: 'hazard', text: '塔吊下方未设警戒区', anonymous: false },
  });
  return res.body.id as string;
});
export const integrityOf = perWorld(async (w) => {
  const res = await call('POST', `/api/branches/${w.branchId}/feedback`, {
    token: w.people.masses.token,
    body: { category: 'integrity', text: '有人虚报工时', anonymous: false },
  });
  return res.body.id as string;
});
const photoOf = perWorld(async (w) => {
  const id = await feedbackOf(w);
  const res = await call('POST', `/api/feedback/${id}/photos`, {
    token: w.people.masses.token,
    rawBody: TEST_JPEG,
    headers: { 'content-type': 'image/jpeg' },
  });
  return { id, photoId: res.body.id as string };
});

export const FEEDBACK: Record<string, Cell> = {
  'POST /api/branches/:id/feedback': {
    path: (w) => `/api/branches/${w.branchId}/feedback`,
    body: () => ({ category: 'suggestion', text: '建议增加饮水点', anonymous: true }),
    expect: only(201, BRANCH_MEMBERS_ONLY),
  },
  'GET /api/branches/:id/feedback': { path: (w) => `/api/branches/${w.branchId}/feedback`, expect: only(200, COMMITTEE) },
  'GET /api/me/feedback': { path: () => '/api/me/feedback', expect: loggedIn(200) },
  'POST /api/feedback/receipt': { path: () => '/api/feedback/receipt', body: () => ({ code: 'AAAAAAAAAAAA' }), expect: anyone(404) },
  // The handler's proof of a fixed hazard: the branch's committee and secretary; to others it does not exist.
  'POST /api/feedback/:id/rectification-photos/:stage': {
    path: async (w) => `/api/feedback/${await feedbackOf(w)}/rectification-photos/after`,
    rawBody: () => TEST_JPEG,
    expect: feedbackViewers(201, ['committee', 'secretary']),
  },
  'GET /api/feedback/:id': {
    path: async (w) => `/api/feedback/${await feedbackOf(w)}`,
    expect: feedbackViewers(200, ['masses', 'committee', 'secretary']),
  },
  'POST /api/feedback/:id/photos': {
    path: async (w) => `/api/feedback/${await feedbackOf(w)}/photos`,
    rawBody: () => TEST_JPEG,
    expect: feedbackViewers(201, ['masses']),
  },
  'GET /api/feedback/:id/photos/:photoId': {
    path: async (w) => `/api/feedback/${(await photoOf(w)).id}/photos/${(await photoOf(w)).photoId}`,
    expect: feedbackViewers(200, ['masses', 'committee', 'secretary']),
  },
  'POST /api/feedback/:id/transitions': {
    path: async (w) => `/api/feedback/${await feedbackOf(w)}/transitions`,
    body: () => ({ to: 'accepted' }),
    // The submitter may see it but not handle it.
    expect: { ...feedbackViewers(200, ['committee', 'secretary']), masses: 403 },
  },
  'POST /api/feedback/:id/replies': {
    path: async (w) => `/api/feedback/${await feedbackOf(w)}/replies`,
    body: () => ({ text: '收到' }),
    expect: feedbackViewers(200, ['masses', 'committee', 'secretary']),
  },
  'POST /api/feedback/:id/rating': {
    path: async (w) => `/api/feedback/${await feedbackOf(w)}/rating`,
    body: () => ({ level: 4 }),
    // Not closed yet: the submitter is told to wait; everyone else is told it does not exist.
    expect: feedbackViewers(409, ['masses']),
  },
  'GET /api/regions/:id/integrity-reports': {
    path: (w) => `/api/regions/${w.regionId}/integrity-reports`,
    expect: only(200, ['disciplineContact']),
  },
};
