/**
 * Events and check-in: a branch's events (made, changed, cancelled, their code), the committee
 * checking people in (by roster, make-up, personal code), leave, attendance; and, listed last,
 * checking in by the event's QR code and the committee undoing and reviewing check-ins.
 */
import { codeWindowAt, deriveEventKey, derivePersonalKey, personalToken, PERSONAL_WINDOW_MS, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { call, makeEvent, type World } from '@sitebranch/worker/testing';
import { type Cell, perWorld } from './cell';
import { BRANCH_MEMBERS, BRANCH_MEMBERS_ONLY, COMMITTEE, loggedIn, only, ORGANIZERS } from './expectations';

/** One event per world, made on first use. */
const eventOf = perWorld((w) => makeEvent(w));
const nowToken = async (w: World) => {
  const id = await eventOf(w);
  return qrToken(deriveEventKey(env.CHECKIN_SECRET!, id), id, codeWindowAt(Date.now()));
};

export const EVENTS: Record<string, Cell> = {
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
};

/** The committee undoing and reviewing check-ins, and checking in by the event's QR code (the matrix lists these last). */
export const CHECKING_IN: Record<string, Cell> = {
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
