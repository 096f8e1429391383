/**
 * Notices about events, for the people who tapped 提醒我: the reminder before it starts, and the
 * notice when it is moved or cancelled. An event's own update marks it (`remind_at`, `watch_dirty`,
 * one statement); this batch, run right after the update and by every cron, turns the marks into
 * notices. Each statement reads through a partial index of what is due, so a run reads what it
 * sends, not all events. Nothing is sent for a cancelled event but the cancellation itself.
 */
import { sql } from '../db/sql';
import type { TemplateIds } from './dispatch';
import { thing, wechatFields, wechatTime, writeNotices, type NoticeSql } from './write';

const when = (ms: string) => `strftime('%m月%d日 %H:%M', (${ms}) / 1000 + 8 * 3600, 'unixepoch')`;
const link = `'/pages/event/index?id=' || e.id`;
const eventFields = (note: string) =>
  wechatFields({ thing1: thing('e.title'), time2: wechatTime('e.starts_at'), thing3: thing('e.place_name'), thing4: `'${note}'` });

const REMINDER: NoticeSql = {
  kind: 'event_reminder',
  who: 'w.user_id',
  title: `'活动提醒：' || e.title`,
  body: `${when('e.starts_at')} || ' 在' || e.place_name || '开始，请准时参加并扫码签到。'`,
  link,
  refKey: `'reminder:' || e.id || ':' || e.starts_at`,
  eventStartsAt: 'e.starts_at',
  wechat: eventFields('请准时参加，记得扫码签到'),
  from: `FROM events e JOIN event_watchers w ON w.event_id = e.id
         WHERE e.reminded_at IS NULL AND e.status = 'published' AND e.remind_at <= :now AND e.starts_at > :now`,
};

const MOVED: NoticeSql = {
  kind: 'event_moved',
  who: 'w.user_id',
  title: `'活动时间变更：' || e.title`,
  body: `'改为 ' || ${when('e.starts_at')} || '，地点：' || e.place_name || '。'`,
  link,
  refKey: `'moved:' || e.id || ':' || e.starts_at`,
  eventStartsAt: 'e.starts_at',
  wechat: eventFields('活动时间已变更，请留意'),
  from: `FROM events e JOIN event_watchers w ON w.event_id = e.id
         WHERE e.watch_dirty = 1 AND e.status = 'published' AND w.told_starts_at <> e.starts_at AND e.starts_at > :now`,
};

const CANCELLED: NoticeSql = {
  kind: 'event_cancelled',
  who: 'w.user_id',
  title: `'活动取消：' || e.title`,
  body: `'原定 ' || ${when('e.starts_at')} || ' 的活动已取消，不用前往。'`,
  link,
  refKey: `'cancelled:' || e.id`,
  eventStartsAt: 'e.starts_at',
  wechat: eventFields('活动已取消，不用前往'),
  from: `FROM events e JOIN event_watchers w ON w.event_id = e.id
         WHERE e.watch_dirty = 1 AND e.status = 'cancelled' AND w.told_cancelled = 0 AND e.starts_at > :now`,
};

/** One batch: reminders due, changes to tell, then the marks cleared. Safe to run twice at once. */
export function eventNoticeStatements(d1: D1Database, templates: TemplateIds, now: number): D1PreparedStatement[] {
  return [
    writeNotices(d1, REMINDER, {}, templates, now),
    sql(d1, `UPDATE events SET reminded_at = :now WHERE reminded_at IS NULL AND status = 'published' AND remind_at <= :now`, { now }),
    writeNotices(d1, MOVED, {}, templates, now),
    writeNotices(d1, CANCELLED, {}, templates, now),
    sql(
      d1,
      `UPDATE event_watchers SET
         told_starts_at = (SELECT e.starts_at FROM events e WHERE e.id = event_watchers.event_id),
         told_cancelled = (SELECT e.status = 'cancelled' FROM events e WHERE e.id = event_watchers.event_id)
       WHERE event_id IN (SELECT id FROM events WHERE watch_dirty = 1)`,
    ),
    sql(d1, 'UPDATE events SET watch_dirty = 0 WHERE watch_dirty = 1'),
  ];
}
