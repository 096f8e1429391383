/** 消息: one's own notices and their unread count, 提醒我 on an event, and the answers to WeChat's consent asks. */
import { DAY_MS, endpoints, NOTICE_KEEP_DAYS, type Notice, SUBSCRIBE_TEMPLATES, type SubscribeTemplate } from '@sitebranch/shared';
import { Hono } from 'hono';
import { all, camelRows, first, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';
import { templateIds } from '../../notices/dispatch';

export const noticeRoutes = new Hono<AppEnv>();

const PAGE = 30;
/** Consents kept per template: more than a person could use before the next ask, and a bound on a client that keeps sending them. */
const MAX_CREDITS = 20;
const NOTICE_COLUMNS = 'id, kind, title, body, link, created_at, read_at';

async function unreadOf(d1: D1Database, userId: string, now: number): Promise<number> {
  const row = await first<{ n: number }>(
    sql(d1, 'SELECT count(*) AS n FROM notices WHERE user_id = :userId AND read_at IS NULL AND created_at > :since', {
      userId,
      since: now - NOTICE_KEEP_DAYS * DAY_MS,
    }),
  );
  return row?.n ?? 0;
}

implement(noticeRoutes, endpoints.listMyNotices, async ({ c, caller, query }) => {
  const now = Date.now();
  const since = now - NOTICE_KEEP_DAYS * DAY_MS;
  const rows = await all<Notice>(
    sql(
      c.env.DB,
      `SELECT ${NOTICE_COLUMNS} FROM notices WHERE user_id = :userId AND created_at > :since AND created_at < :before
       ORDER BY created_at DESC, id LIMIT :limit`,
      { userId: caller.userId, since, before: query.before ?? Number.MAX_SAFE_INTEGER, limit: PAGE + 1 },
    ),
  );
  return { notices: rows.slice(0, PAGE), more: rows.length > PAGE, unread: await unreadOf(c.env.DB, caller.userId, now) };
});

implement(noticeRoutes, endpoints.countMyUnread, async ({ c, caller }) => ({
  unread: await unreadOf(c.env.DB, caller.userId, Date.now()),
}));

implement(noticeRoutes, endpoints.readNotice, async ({ c, caller, params }) => {
  const now = Date.now();
  // Someone else's notice is simply not found: its id says nothing about it.
  const row = await first<{ id: string }>(
    sql(c.env.DB, 'UPDATE notices SET read_at = coalesce(read_at, :now) WHERE id = :id AND user_id = :userId RETURNING id', {
      id: params.id,
      userId: caller.userId,
      now,
    }),
  );
  if (!row) throw new ApiError('not_found', '消息不存在或已过期');
  return { unread: await unreadOf(c.env.DB, caller.userId, now) };
});

implement(noticeRoutes, endpoints.readAllNotices, async ({ c, caller }) => {
  await sql(c.env.DB, 'UPDATE notices SET read_at = :now WHERE user_id = :userId AND read_at IS NULL', {
    userId: caller.userId,
    now: Date.now(),
  }).run();
  return { unread: 0 };
});

implement(noticeRoutes, endpoints.watchEvent, async ({ c, caller, params }) => {
  const now = Date.now();
  // Only a published event the person may attend that has not started; told of it as it is now.
  const row = await first<{ eventId: string }>(
    sql(
      c.env.DB,
      `INSERT INTO event_watchers (event_id, user_id, created_at, told_starts_at, told_cancelled)
       SELECT e.id, :userId, :now, e.starts_at, 0 FROM events e JOIN memberships m ON m.branch_id = e.branch_id AND m.user_id = :userId
       WHERE e.id = :eventId AND e.status = 'published' AND e.ends_at > :now AND (e.audience = 'everyone' OR m.role <> 'masses')
       ON CONFLICT (event_id, user_id) DO UPDATE SET created_at = event_watchers.created_at
       RETURNING event_id`,
      { eventId: params.id, userId: caller.userId, now },
    ),
  );
  if (!row) {
    // Refused: one more read to say why.
    const event = await first<{ audience: string }>(
      sql(c.env.DB, 'SELECT audience FROM events WHERE id = :eventId', { eventId: params.id }),
    );
    if (event?.audience === 'members' && caller.branch.role === 'masses') throw new ApiError('members_only');
    throw new ApiError('event_not_open', '活动未发布、已取消或已结束，不能再设提醒');
  }
  return { watching: true };
});

implement(noticeRoutes, endpoints.unwatchEvent, async ({ c, caller, params }) => {
  await sql(c.env.DB, 'DELETE FROM event_watchers WHERE event_id = :eventId AND user_id = :userId', {
    eventId: params.id,
    userId: caller.userId,
  }).run();
  return { watching: false };
});

implement(noticeRoutes, endpoints.answerSubscription, async ({ c, caller, body }) => {
  const d1 = c.env.DB;
  const now = Date.now();
  const answer = (template: SubscribeTemplate, accepted: boolean) =>
    sql(
      d1,
      `INSERT INTO subscriptions (user_id, template, credits, refused_at, updated_at) VALUES (:userId, :template, :credits, :refusedAt, :now)
       ON CONFLICT (user_id, template) DO UPDATE SET credits = CASE WHEN :accepted = 1 THEN min(credits + 1, :maxCredits) ELSE 0 END,
         refused_at = CASE WHEN :accepted = 1 THEN refused_at ELSE :now END, updated_at = :now`,
      {
        userId: caller.userId,
        template,
        accepted,
        credits: accepted ? 1 : 0,
        refusedAt: accepted ? null : now,
        now,
        maxCredits: MAX_CREDITS,
      },
    );
  const accepted = new Set(body.accepted);
  const refused = body.refused.filter((t) => !accepted.has(t));
  const answers = [...accepted].map((t) => answer(t, true)).concat(refused.map((t) => answer(t, false)));
  const list = sql(d1, 'SELECT template, credits, refused_at FROM subscriptions WHERE user_id = :userId ORDER BY template', {
    userId: caller.userId,
  });
  const results = await d1.batch<Record<string, unknown>>([...answers, list]);
  return { subscriptions: camelRows<{ template: SubscribeTemplate; credits: number; refusedAt: number | null }>(results.at(-1)!.results) };
});

implement(noticeRoutes, endpoints.noticeTemplates, async ({ c }) => {
  const ids = templateIds(c.env);
  return { templates: Object.fromEntries(SUBSCRIBE_TEMPLATES.map((t) => [t, ids[t] ?? null])) as Record<SubscribeTemplate, string | null> };
});
