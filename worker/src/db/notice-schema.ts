/**
 * Tables of notices (消息): each person's list, what of it goes to WeChat and how that went, the
 * consents given for WeChat's templates, who asked to be reminded of an event, WeChat's access
 * token, and which once-a-day jobs of the cron have run. Re-exported by `schema.ts`.
 */
import type { NoticeKind, SubscribeTemplate } from '@sitebranch/shared';
import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

/** Where a notice stands with WeChat; null: in the list only (H5, no consent, nothing to send). */
export type NoticeSendState = 'pending' | 'sending' | 'sent' | 'no_consent' | 'refused' | 'failed' | 'unknown';

export const notices = sqliteTable(
  'notices',
  {
    id: text('id').primaryKey(),
    userId: text('user_id').notNull(),
    kind: text('kind').$type<NoticeKind>().notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    /** The page it opens, with its query (`/pages/event/index?id=…`). */
    link: text('link').notNull(),
    /**
     * What the notice is about, once per person (`reminder:<event>:<start>`, `feedback:<id>:<event>`):
     * the unique key that makes two overlapping cron runs, or a retried request, write it once.
     */
    refKey: text('ref_key').notNull(),
    /** The event a reminder or change is about: its start, for the quiet hours' exception. */
    eventStartsAt: integer('event_starts_at'),
    createdAt: integer('created_at').notNull(),
    readAt: integer('read_at'),
    sendState: text('send_state').$type<NoticeSendState>(),
    /** Not before this (the end of the quiet hours, or the next retry). */
    sendDueAt: integer('send_due_at'),
    sendAttempts: integer('send_attempts').notNull().default(0),
    /** WeChat's errcode (or `http_502`, `network`) of the last refusal. */
    sendError: text('send_error'),
    sentAt: integer('sent_at'),
    /** The WeChat template's fields (`{ thing1: { value } … }`), fixed when the notice is written. */
    wechatData: text('wechat_data').notNull(),
  },
  (t) => [
    uniqueIndex('notices_user_ref').on(t.userId, t.refKey),
    index('notices_user_created').on(t.userId, t.createdAt),
    index('notices_unread').on(t.userId).where(sql`read_at IS NULL`),
    index('notices_created').on(t.createdAt),
    index('notices_to_send').on(t.sendDueAt).where(sql`send_state = 'pending'`),
    // Claims of a run that died mid-send, found without reading every notice.
    index('notices_sending').on(t.sendDueAt).where(sql`send_state = 'sending'`),
  ],
);

/** One-time consents (一次性订阅): each accepted request allows WeChat one message of that template. */
export const subscriptions = sqliteTable(
  'subscriptions',
  {
    userId: text('user_id').notNull(),
    template: text('template').$type<SubscribeTemplate>().notNull(),
    credits: integer('credits').notNull().default(0),
    /** The last time the person said no (on the phone) or WeChat said they withdrew consent. */
    refusedAt: integer('refused_at'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.template] })],
);

/** 提醒我 on an event: who is reminded before it starts and told when it moves or is cancelled. */
export const eventWatchers = sqliteTable(
  'event_watchers',
  {
    eventId: text('event_id').notNull(),
    userId: text('user_id').notNull(),
    createdAt: integer('created_at').notNull(),
    /** The start the person was last told of, and whether of a cancellation: a change since is news. */
    toldStartsAt: integer('told_starts_at').notNull(),
    toldCancelled: integer('told_cancelled', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_watchers_user').on(t.userId)],
);

/** WeChat's access token from its stable-token endpoint, shared by every isolate until shortly before it ends. */
export const wechatTokens = sqliteTable('wechat_tokens', {
  appId: text('app_id').primaryKey(),
  accessToken: text('access_token').notNull(),
  expiresAt: integer('expires_at').notNull(),
});

/** Once-a-day (or once-a-month) jobs of the cron: the last day each ran, claimed by one run only. */
export const cronMarks = sqliteTable('cron_marks', {
  job: text('job').primaryKey(),
  lastKey: text('last_key').notNull(),
});
