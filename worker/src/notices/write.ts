/**
 * Writing notices: one INSERT … SELECT per occasion, over whoever the occasion reaches (the
 * watchers of an event, a feedback's named submitter, the branch's organizers), in the same batch
 * as the change it tells of. `ref_key` is unique per person, so a retried request or two
 * overlapping cron runs write each notice once. Whether it also goes to WeChat is decided here:
 * only with the person's consent for its template, and outside the quiet hours unless urgent.
 */
import { quietUntil, TEMPLATE_OF_KIND, URGENT_WITHIN_MS, type NoticeKind, type SubscribeTemplate } from '@sitebranch/shared';
import { sql } from '../db/sql';
import type { TemplateIds } from './dispatch';

/** What to say, as SQL expressions over the occasion's rows (recipient column `who`). */
export interface NoticeSql {
  kind: NoticeKind;
  /** The recipient's user id. */
  who: string;
  title: string;
  body: string;
  link: string;
  refKey: string;
  /** The event's start, for a reminder or a change: such a message may break the quiet hours. */
  eventStartsAt?: string;
  /** The template's fields, as a SQL `json_object(...)` of `{ value }` objects. */
  wechat: string;
  /** `FROM … WHERE …` giving one row per recipient. */
  from: string;
}

/** `json_object('thing1', json_object('value', …), …)` from field → SQL expression. */
export function wechatFields(fields: Record<string, string>): string {
  return `json_object(${Object.entries(fields)
    .map(([key, value]) => `'${key}', json_object('value', ${value})`)
    .join(', ')})`;
}

/** WeChat's `thing` fields take at most 20 characters. */
export const thing = (expr: string) => `substr(coalesce(${expr}, ''), 1, 20)`;
/** A moment as WeChat's `time` fields take it, in China time. */
export const wechatTime = (ms: string) => `strftime('%Y-%m-%d %H:%M', (${ms}) / 1000 + 8 * 3600, 'unixepoch')`;

export function writeNotices(
  d1: D1Database,
  notice: NoticeSql,
  params: Record<string, string | number | boolean | null>,
  templates: TemplateIds,
  now: number,
): D1PreparedStatement {
  const template: SubscribeTemplate = TEMPLATE_OF_KIND[notice.kind];
  const quietEnd = quietUntil(now);
  // Held to the end of the quiet hours, unless it is about an event starting before then (or soon after).
  const dueAt =
    quietEnd === null
      ? ':now'
      : notice.eventStartsAt
        ? `CASE WHEN ${notice.eventStartsAt} <= :quietEnd + ${URGENT_WITHIN_MS} THEN :now ELSE :quietEnd END`
        : ':quietEnd';
  return sql(
    d1,
    `INSERT INTO notices (id, user_id, kind, title, body, link, ref_key, event_starts_at, created_at, send_state, send_due_at, wechat_data)
     SELECT lower(hex(randomblob(8))), ${notice.who}, :noticeKind, ${notice.title}, ${notice.body}, ${notice.link}, ${notice.refKey},
       ${notice.eventStartsAt ?? 'NULL'}, :now,
       CASE WHEN :sendable = 1 AND EXISTS (
         SELECT 1 FROM subscriptions s WHERE s.user_id = ${notice.who} AND s.template = :template AND s.credits > 0) THEN 'pending' END,
       ${dueAt}, ${notice.wechat}
     ${notice.from}
     ON CONFLICT (user_id, ref_key) DO NOTHING`,
    {
      ...params,
      noticeKind: notice.kind,
      now,
      template,
      sendable: Boolean(templates[template]),
      ...(quietEnd !== null && { quietEnd }),
    },
  );
}
