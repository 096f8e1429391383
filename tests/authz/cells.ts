/**
 * Every route of the app with how to call it in a fresh world (path, body) and who may: the table
 * the authorization matrix runs, and that the partial-write test reuses to reach every batch.
 */
import { codeWindowAt, deriveEventKey, derivePersonalKey, personalToken, PERSONAL_WINDOW_MS, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import {
  call,
  makeBank,
  makeContest,
  makeEvent,
  makeInvite,
  MATRIX_ROLES,
  TEST_JPEG,
  type MatrixRole,
  type World,
} from '@sitebranch/worker/testing';

type Expectation = Record<MatrixRole, number>;

export interface Cell {
  path: (world: World) => string | Promise<string>;
  body?: (world: World) => unknown | Promise<unknown>;
  /** A file upload instead of a JSON body. */
  rawBody?: () => string | Uint8Array;
  expect: Expectation;
}

export const ROLES_WITH_SESSION = MATRIX_ROLES.filter((r) => r !== 'none');

/** Everyone, even without a session. */
const anyone = (status: number): Expectation => Object.fromEntries(MATRIX_ROLES.map((r) => [r, status])) as Expectation;

/** Any logged-in person; 401 without a session. */
const loggedIn = (status: number): Expectation => ({ ...anyone(status), none: 401 });

/** Only the listed roles get `status`; other logged-in people 403; no session 401. */
export const only = (status: number, roles: MatrixRole[]): Expectation =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === 'none' ? 401 : roles.includes(r) ? status : 403])) as Expectation;

export const BRANCH_MEMBERS: MatrixRole[] = ['masses', 'member', 'committee', 'secretary', 'regionAdmin'];
export const BRANCH_MEMBERS_ONLY: MatrixRole[] = ['masses', 'member', 'committee', 'secretary'];
const COMMITTEE: MatrixRole[] = ['committee', 'secretary'];
/** One event per world, made on first use. */
const eventOf = perWorld((w) => makeEvent(w));
const nowToken = async (w: World) => {
  const id = await eventOf(w);
  return qrToken(deriveEventKey(env.CHECKIN_SECRET!, id), id, codeWindowAt(Date.now()));
};
export const ORGANIZERS: MatrixRole[] = ['committee', 'secretary', 'regionAdmin'];

/** Once per world, made on first use. */
export function perWorld<T>(make: (w: World) => Promise<T>) {
  const made = new WeakMap<World, Promise<T>>();
  return (w: World) => {
    let promise = made.get(w);
    if (!promise) {
      promise = make(w);
      made.set(w, promise);
    }
    return promise;
  };
}
const bankOf = perWorld((w) => makeBank(w, { single: 3, multiple: 1, judge: 1 }));
export const regionBankOf = perWorld((w) => makeBank(w, { single: 3, multiple: 1, judge: 1 }, { region: true }));
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
/** Not a member of the world's branch, so 404: the attempt is looked up as the caller's own. */
const ownerOnly = (status: number, owner: MatrixRole): Expectation =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === 'none' ? 401 : r === owner ? status : 404])) as Expectation;
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
/** Seen by its submitter and the branch's committee and secretary; to everyone else it does not exist. */
export const feedbackViewers = (status: number, viewers: MatrixRole[]): Expectation =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === 'none' ? 401 : viewers.includes(r) ? status : 404])) as Expectation;
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
const MANAGERS: MatrixRole[] = ['secretary', 'regionAdmin'];
/** A computer's login ticket, asked for once per world (its secret stays with the test, as with the computer). */
// Each from an address of its own: the matrix asks for more tickets than one address may.
const ticketOf = perWorld(
  async () =>
    (
      await call('POST', '/api/auth/tickets', {
        headers: { 'cf-connecting-ip': `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
      })
    ).body as { id: string; secret: string },
);
/** Scanned by the branch's Party member: only they may decide it; to anyone else it is taken (409). */
const scannedTicketOf = perWorld(async (w) => {
  const ticket = await ticketOf(w);
  await call('POST', `/api/auth/tickets/${ticket.id}/scan`, { token: w.people.member.token });
  return ticket;
});
const heldBy = (status: number, holder: MatrixRole, others: number): Expectation =>
  Object.fromEntries(MATRIX_ROLES.map((r) => [r, r === 'none' ? 401 : r === holder ? status : others])) as Expectation;
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
const memberSessionOf = perWorld(
  async (w) =>
    (await env.DB.prepare('SELECT id FROM sessions WHERE user_id = ?1 LIMIT 1').bind(w.people.member.id).first<{ id: string }>())!.id,
);

export const MATRIX: Record<string, Cell> = {
  'GET /api/health': { path: () => '/api/health', expect: anyone(200) },
  'GET /api/openapi.json': { path: () => '/api/openapi.json', expect: anyone(200) },
  'POST /api/auth/wechat': { path: () => '/api/auth/wechat', body: () => ({ code: 'matrix-code' }), expect: anyone(200) },
  'POST /api/auth/dev': { path: () => '/api/auth/dev', body: () => ({ name: '矩阵测试' }), expect: anyone(200) },
  'POST /api/auth/refresh': { path: () => '/api/auth/refresh', expect: loggedIn(200) },
  'POST /api/auth/logout': { path: () => '/api/auth/logout', expect: loggedIn(204) },
  // 扫码登录: the computer's two calls need no session (the secret is its proof); the phone's need one.
  'POST /api/auth/tickets': { path: () => '/api/auth/tickets', expect: anyone(201) },
  'POST /api/auth/tickets/:id/session': {
    path: async (w) => `/api/auth/tickets/${(await ticketOf(w)).id}/session`,
    body: async (w) => ({ secret: (await ticketOf(w)).secret }),
    expect: anyone(200),
  },
  'POST /api/auth/tickets/:id/scan': { path: async (w) => `/api/auth/tickets/${(await ticketOf(w)).id}/scan`, expect: loggedIn(200) },
  'POST /api/auth/tickets/:id/confirm': {
    path: async (w) => `/api/auth/tickets/${(await scannedTicketOf(w)).id}/confirm`,
    body: () => ({ approve: true }),
    expect: heldBy(204, 'member', 409),
  },
  'GET /api/me/sessions': { path: () => '/api/me/sessions', expect: loggedIn(200) },
  // Only one's own sessions: the member's, to anyone else, does not exist.
  'DELETE /api/me/sessions/:id': { path: async (w) => `/api/me/sessions/${await memberSessionOf(w)}`, expect: ownerOnly(204, 'member') },
  'GET /api/me': { path: () => '/api/me', expect: loggedIn(200) },
  'PATCH /api/me': { path: () => '/api/me', body: () => ({ unitName: '某建工集团' }), expect: loggedIn(200) },
  // One's own work team, in a branch one belongs to.
  'PATCH /api/me/memberships/:branchId': {
    path: (w) => `/api/me/memberships/${w.branchId}`,
    body: () => ({ workTeam: '钢筋班' }),
    expect: only(200, BRANCH_MEMBERS_ONLY),
  },
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
  // A year far ahead, so these writes cannot move the deadlines other tests compute.
  'GET /api/calendar/:year': { path: () => '/api/calendar/2031', expect: loggedIn(200) },
  'PUT /api/calendar/:year': {
    path: () => '/api/calendar/2031',
    body: () => ({ holidays: [{ date: '2031-01-01', name: '元旦' }], workdays: [] }),
    expect: only(200, ['platformAdmin']),
  },
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
  'GET /api/branches/:id/events': { path: (w) => `/api/branches/${w.branchId}/events`, expect: only(200, BRANCH_MEMBERS) },
  'POST /api/branches/:id/events': {
    path: (w) => `/api/branches/${w.branchId}/events`,
    body: () => ({
      kind: 'training',
      title: '班前会',
      placeName: '工地',
      startsAt: Date.now() + 3_600_000,
      endsAt: Date.now() + 7_200_000,
    }),
    expect: only(201, COMMITTEE),
  },
  'GET /api/events/:id': { path: async (w) => `/api/events/${await eventOf(w)}`, expect: only(200, BRANCH_MEMBERS) },
  'PATCH /api/events/:id': {
    path: async (w) => `/api/events/${await eventOf(w)}`,
    body: () => ({ title: '改名的班前会' }),
    expect: only(200, COMMITTEE),
  },
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
    body: (w) => ({
      code: personalToken(
        derivePersonalKey(env.CHECKIN_SECRET!, w.workers[0]!.id),
        w.workers[0]!.id,
        Math.floor(Date.now() / PERSONAL_WINDOW_MS),
      ),
    }),
    expect: only(200, COMMITTEE),
  },
  'GET /api/me/checkin-code': { path: () => '/api/me/checkin-code', expect: loggedIn(200) },
  'GET /api/branches/:id/attendance/me': {
    path: (w) => `/api/branches/${w.branchId}/attendance/me`,
    expect: only(200, BRANCH_MEMBERS_ONLY),
  },
  'GET /api/banks': { path: () => '/api/banks', expect: loggedIn(200) },
  'POST /api/banks': { path: () => '/api/banks', body: (w) => ({ name: '矩阵题库', branchId: w.branchId }), expect: only(201, COMMITTEE) },
  'GET /api/banks/template.xlsx': { path: () => '/api/banks/template.xlsx', expect: anyone(200) },
  'GET /api/roster/template.xlsx': { path: () => '/api/roster/template.xlsx', expect: anyone(200) },
  'GET /api/banks/:id/questions': { path: async (w) => `/api/banks/${(await bankOf(w)).bankId}/questions`, expect: only(200, ORGANIZERS) },
  'POST /api/banks/:id/questions': {
    path: async (w) => `/api/banks/${(await bankOf(w)).bankId}/questions`,
    body: () => ({ type: 'judge', stem: '矩阵测试的判断题', options: ['正确', '错误'], answer: 'A' }),
    expect: only(201, COMMITTEE),
  },
  'PUT /api/banks/:id/questions/:questionId': {
    path: async (w) => `/api/banks/${(await bankOf(w)).bankId}/questions/${(await bankOf(w)).questions[0]!.id}`,
    body: () => ({ type: 'single', stem: '改过的矩阵单选题', options: ['甲', '乙'], answer: 'B', status: 'active' }),
    expect: only(200, COMMITTEE),
  },
  'POST /api/banks/:id/import-text': {
    path: async (w) => `/api/banks/${(await bankOf(w)).bankId}/import-text`,
    body: () => ({ text: '1. 矩阵粘贴的单选题（ A ）\nA. 甲\nB. 乙' }),
    expect: only(200, COMMITTEE),
  },
  'POST /api/banks/:id/import': {
    path: async (w) => `/api/banks/${(await bankOf(w)).bankId}/import`,
    rawBody: () => '题型,题干,选项A,选项B,答案\r\n单选,矩阵导入的单选题,甲,乙,A\r\n',
    expect: only(200, COMMITTEE),
  },
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
  'POST /api/events/:id/checkins/undo': {
    path: async (w) => `/api/events/${await eventOf(w)}/checkins/undo`,
    body: async (w) => {
      await call('POST', `/api/events/${await eventOf(w)}/checkins/roster`, {
        token: w.people.secretary.token,
        body: { userIds: [w.workers[0]!.id] },
      });
      return { userId: w.workers[0]!.id, reason: '点错了人' };
    },
    expect: only(200, COMMITTEE),
  },
  'POST /api/events/:id/checkins/review': {
    path: async (w) => `/api/events/${await eventOf(w)}/checkins/review`,
    body: () => ({ allPending: true, decision: 'confirm' }),
    expect: only(200, COMMITTEE),
  },
  // Members of the event's branch check in; a region admin who is not a member cannot.
  'POST /api/events/:id/checkins': {
    path: async (w) => `/api/events/${await eventOf(w)}/checkins`,
    body: async (w) => ({ token: await nowToken(w) }),
    expect: only(200, BRANCH_MEMBERS_ONLY),
  },
};
