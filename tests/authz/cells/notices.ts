/**
 * Notices: one's own list and its reads (another person's notice does not exist for anyone else),
 * 提醒我 on an event of one's own branch, and WeChat consents.
 */
import { env } from 'cloudflare:workers';
import type { World } from '@sitebranch/worker/testing';
import { makeEvent } from '@sitebranch/worker/testing';
import { type Cell, perWorld } from './cell';
import { BRANCH_MEMBERS_ONLY, loggedIn, only, ownerOnly } from './expectations';

const eventOf = perWorld((w) => makeEvent(w));

/** A notice of the secretary's, written straight to the table. */
const secretarysNotice = perWorld(async (w: World) => {
  const id = `n${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await env.DB.prepare(
    `INSERT INTO notices (id, user_id, kind, title, body, link, ref_key, created_at, wechat_data)
     VALUES (?1, ?2, 'event_reminder', '活动提醒', '明天 7:00 班前会', '/pages/home/index', ?1, ?3, '{}')`,
  )
    .bind(id, w.people.secretary.id, Date.now())
    .run();
  return id;
});

export const NOTICES: Record<string, Cell> = {
  'GET /api/me/notices': { path: () => '/api/me/notices', expect: loggedIn(200) },
  'GET /api/me/notices/unread': { path: () => '/api/me/notices/unread', expect: loggedIn(200) },
  'POST /api/me/notices/:id/read': {
    path: async (w) => `/api/me/notices/${await secretarysNotice(w)}/read`,
    expect: ownerOnly(200, 'secretary'),
  },
  'POST /api/me/notices/read': { path: () => '/api/me/notices/read', expect: loggedIn(200) },
  'PUT /api/events/:id/watch': { path: async (w) => `/api/events/${await eventOf(w)}/watch`, expect: only(200, BRANCH_MEMBERS_ONLY) },
  'DELETE /api/events/:id/watch': { path: async (w) => `/api/events/${await eventOf(w)}/watch`, expect: only(200, BRANCH_MEMBERS_ONLY) },
  'POST /api/me/subscriptions': {
    path: () => '/api/me/subscriptions',
    body: () => ({ accepted: ['event'], refused: ['contest'] }),
    expect: loggedIn(200),
  },
  'GET /api/notices/templates': { path: () => '/api/notices/templates', expect: loggedIn(200) },
};
