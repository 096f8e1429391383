/**
 * The organizers' morning digest (今日待办): once a day from 8:00 China time, to the committee and
 * secretary of each branch with something waiting — feedback overdue or due within a day, and leave
 * requests for events still to come. 廉政监督 is left out (it is for the secretary and the
 * discipline member alone, in their inbox). The day's mark is claimed in the same batch, so the
 * digest is read once a day, not at every run, and two overlapping runs write it once.
 */
import { cstDate, DAY_MS } from '@sitebranch/shared';
import { sql } from '../db/sql';
import type { TemplateIds } from './dispatch';
import { thing, wechatFields, writeNotices, type NoticeSql } from './write';

/** The hour (China time) the digest goes: the start of a site's working day, after the 班前会. */
export const DIGEST_HOUR = 8;
const JOB = 'organizer_digest';
const NOT_YET_TODAY = `(SELECT last_key FROM cron_marks WHERE job = '${JOB}') < :today`;

const TODO = `(
  SELECT branch_id, sum(waiting_feedback) AS waiting_feedback, sum(overdue) AS overdue, sum(waiting_leave) AS waiting_leave FROM (
    SELECT f.branch_id, count(*) AS waiting_feedback, sum(f.overdue) AS overdue, 0 AS waiting_leave FROM feedback f
    WHERE f.status IN ('submitted', 'accepted', 'in_progress') AND f.routed_to = 'branch' AND f.category <> 'integrity'
      AND (f.overdue = 1 OR (f.status = 'submitted' AND f.accept_due_at < :soon) OR (f.status <> 'submitted' AND f.resolve_due_at < :soon))
    GROUP BY f.branch_id
    UNION ALL
    SELECT e.branch_id, 0, 0, count(*) FROM leaves l JOIN events e ON e.id = l.event_id
    WHERE l.status = 'pending' AND e.starts_at > :now GROUP BY e.branch_id)
  GROUP BY branch_id)`;

const summary = `'反馈待办 ' || t.waiting_feedback || ' 条' || CASE WHEN t.overdue > 0 THEN '（超期 ' || t.overdue || ' 条）' ELSE '' END
  || '，请假待批 ' || t.waiting_leave || ' 条'`;

const DIGEST: NoticeSql = {
  kind: 'organizer_digest',
  who: 'm.user_id',
  title: `'今日待办：' || b.name`,
  body: `${summary} || '。'`,
  link: `CASE WHEN t.waiting_feedback > 0 THEN '/organizer/feedback-inbox/index' ELSE '/pages/home/index' END`,
  refKey: `'digest:' || :today || ':' || b.id`,
  wechat: wechatFields({ thing1: thing('b.name'), thing2: thing(summary), thing3: `'请打开小程序办理'` }),
  from: `FROM ${TODO} t JOIN branches b ON b.id = t.branch_id JOIN memberships m ON m.branch_id = b.id AND m.role IN ('committee', 'secretary')
         WHERE ${NOT_YET_TODAY}`,
};

export function digestStatements(d1: D1Database, templates: TemplateIds, now: number): D1PreparedStatement[] {
  const hour = new Date(now + 8 * 3_600_000).getUTCHours();
  if (hour < DIGEST_HOUR) return [];
  const today = cstDate(now);
  return [
    sql(d1, `INSERT INTO cron_marks (job, last_key) VALUES ('${JOB}', '') ON CONFLICT (job) DO NOTHING`),
    writeNotices(d1, DIGEST, { today, soon: now + DAY_MS }, templates, now),
    sql(d1, `UPDATE cron_marks SET last_key = :today WHERE job = '${JOB}' AND last_key < :today`, { today }),
  ];
}
