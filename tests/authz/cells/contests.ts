/** Contests (made, changed, taken, ranked, analysed), a member's attempt at one, and daily practice. */
import { call, makeBank, makeContest } from '@sitebranch/worker/testing';
import { bankOf, regionBankOf } from './banks';
import { type Cell, perWorld } from './cell';
import { BRANCH_MEMBERS, BRANCH_MEMBERS_ONLY, COMMITTEE, loggedIn, only, ORGANIZERS, ownerOnly } from './expectations';

const contestOf = perWorld(async (w) => makeContest(w, await bankOf(w)));
export const regionContestOf = perWorld(async (w) => makeContest(w, await regionBankOf(w), { region: true }));
/** An attempt of the branch's Party member, started (and submitted, for the review). */
const attemptOf = perWorld(async (w) => {
  const res = await call('POST', `/api/contests/${await contestOf(w)}/attempts`, { token: w.people.member.token });
  return res.body as { id: string; questions: { id: string }[] };
});
const submittedAttemptOf = perWorld(async (w) => {
  const attempt = await attemptOf(w);
  await call('POST', `/api/attempts/${attempt.id}/submit`, { token: w.people.member.token });
  return attempt;
});
const dailyBankOf = perWorld((w) => makeBank(w, { single: 1 }));
export const contestBody = async (owner: { branchId: string } | { regionId: string }, bankId: string) => ({
  ...owner,
  title: '矩阵竞赛',
  opensAt: Date.now(),
  closesAt: Date.now() + 3_600_000,
  bankIds: [bankId],
  draw: [{ type: 'single', count: 1 }],
  timeLimitMinutes: 10,
  attemptsAllowed: 1,
});

export const CONTESTS: Record<string, Cell> = {
  'GET /api/contests': { path: () => '/api/contests', expect: loggedIn(200) },
  'POST /api/contests': {
    path: () => '/api/contests',
    body: async (w) => contestBody({ branchId: w.branchId }, (await bankOf(w)).bankId),
    expect: only(201, COMMITTEE),
  },
  'GET /api/contests/:id': { path: async (w) => `/api/contests/${await contestOf(w)}`, expect: only(200, BRANCH_MEMBERS) },
  'PATCH /api/contests/:id': {
    path: async (w) => `/api/contests/${await contestOf(w)}`,
    body: () => ({ title: '改名的竞赛' }),
    expect: only(200, COMMITTEE),
  },
  // A region admin may look at the contest but, belonging to no branch, cannot take it.
  'POST /api/contests/:id/attempts': {
    path: async (w) => `/api/contests/${await contestOf(w)}/attempts`,
    expect: only(200, BRANCH_MEMBERS_ONLY),
  },
  'GET /api/contests/:id/leaderboard': {
    path: async (w) => `/api/contests/${await contestOf(w)}/leaderboard`,
    expect: only(200, BRANCH_MEMBERS),
  },
  'GET /api/contests/:id/analysis': { path: async (w) => `/api/contests/${await contestOf(w)}/analysis`, expect: only(200, ORGANIZERS) },
  'GET /api/attempts/:id': { path: async (w) => `/api/attempts/${(await attemptOf(w)).id}`, expect: ownerOnly(200, 'member') },
  'PUT /api/attempts/:id/answers/:questionId': {
    path: async (w) => `/api/attempts/${(await attemptOf(w)).id}/answers/${(await attemptOf(w)).questions[0]!.id}`,
    body: () => ({ answer: 'A' }),
    expect: ownerOnly(200, 'member'),
  },
  'POST /api/attempts/:id/submit': {
    path: async (w) => `/api/attempts/${(await attemptOf(w)).id}/submit`,
    expect: ownerOnly(200, 'member'),
  },
  'GET /api/attempts/:id/review': {
    path: async (w) => `/api/attempts/${(await submittedAttemptOf(w)).id}/review`,
    expect: ownerOnly(200, 'member'),
  },
  'GET /api/practice/daily': { path: () => '/api/practice/daily', expect: loggedIn(200) },
  // The branch's one question is every member's daily question; nobody else may answer it.
  'POST /api/practice/daily/answers': {
    path: async (w) => {
      await dailyBankOf(w);
      return '/api/practice/daily/answers';
    },
    body: async (w) => ({ questionId: (await dailyBankOf(w)).questions[0]!.id, answer: 'A' }),
    expect: { ...ownerOnly(200, 'masses'), member: 200, committee: 200, secretary: 200 },
  },
};
