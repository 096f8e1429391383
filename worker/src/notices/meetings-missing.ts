/**
 * 三会一课 still missing near the end of a month (from the 25th, China time), and of a quarter in its
 * last month: to each branch's committee and secretary, the meetings its targets call for that have
 * not been held or scheduled in the period. Once a month (the month's mark, claimed in the same
 * batch); the branch's own targets, or the defaults (DEFAULT_COMPLIANCE_TARGETS).
 */
import { COMPLIANCE_KINDS, DEFAULT_COMPLIANCE_TARGETS, EVENT_KIND_LABELS, periodOf, type ComplianceKind } from '@sitebranch/shared';
import { sql } from '../db/sql';
import type { TemplateIds } from './dispatch';
import { thing, wechatFields, writeNotices, type NoticeSql } from './write';

/** The day of the month (China time) from which the reminder goes. */
export const MEETINGS_REMINDER_DAY = 25;
const JOB = 'meetings_missing';

/** The branch's target for a kind as SQL: its own if it set them (null: turned off), else the default. */
function target(kind: ComplianceKind, part: 'per' | 'times') {
  const fallback = DEFAULT_COMPLIANCE_TARGETS[kind];
  const fallbackSql = fallback ? (part === 'per' ? `'${fallback.per}'` : String(fallback.times)) : 'NULL';
  return `CASE WHEN b.compliance_targets IS NULL THEN ${fallbackSql} ELSE json_extract(b.compliance_targets, '$.${kind}.${part}') END`;
}

/** Held or scheduled (published, not cancelled) in the period of its target. */
const held = (
  kind: ComplianceKind,
) => `(SELECT count(*) FROM events e WHERE e.branch_id = b.id AND e.kind = '${kind}' AND e.status = 'published'
  AND e.starts_at >= CASE ${target(kind, 'per')} WHEN 'quarter' THEN :quarterFrom ELSE :monthFrom END AND e.starts_at < :monthTo)`;

/** Missing: a target in force whose period ends with this month, not met. */
const missing = (kind: ComplianceKind) =>
  `(${target(kind, 'times')} IS NOT NULL AND (${target(kind, 'per')} = 'month' OR :quarterEnds = 1) AND ${held(kind)} < ${target(kind, 'times')})`;

const list = `rtrim(${COMPLIANCE_KINDS.map((k) => `CASE WHEN ${missing(k)} THEN '${EVENT_KIND_LABELS[k]}、' ELSE '' END`).join(' || ')}, '、')`;

const MEETINGS: NoticeSql = {
  kind: 'meetings_missing',
  who: 'm.user_id',
  title: `'三会一课提醒：' || x.name`,
  body: `'本期还未开：' || x.missing || '。请在期末前安排。'`,
  link: `'/organizer/results/index'`,
  refKey: `'meetings:' || :monthKey || ':' || x.id`,
  wechat: wechatFields({ thing1: thing('x.name'), thing2: thing(`'还未开：' || x.missing`), thing3: `'请在期末前安排'` }),
  from: `FROM (SELECT b.id, b.name, ${list} AS missing FROM branches b) x
         JOIN memberships m ON m.branch_id = x.id AND m.role IN ('committee', 'secretary')
         WHERE x.missing <> '' AND (SELECT last_key FROM cron_marks WHERE job = '${JOB}') < :monthKey`,
};

export function meetingsMissingStatements(d1: D1Database, templates: TemplateIds, now: number): D1PreparedStatement[] {
  if (new Date(now + 8 * 3_600_000).getUTCDate() < MEETINGS_REMINDER_DAY) return [];
  const month = periodOf(now, 'month');
  const quarter = periodOf(now, 'quarter');
  return [
    sql(d1, `INSERT INTO cron_marks (job, last_key) VALUES ('${JOB}', '') ON CONFLICT (job) DO NOTHING`),
    writeNotices(
      d1,
      MEETINGS,
      {
        monthKey: month.key,
        monthFrom: month.startsAt,
        monthTo: month.endsAt,
        quarterFrom: quarter.startsAt,
        quarterEnds: quarter.endsAt === month.endsAt,
      },
      templates,
      now,
    ),
    sql(d1, `UPDATE cron_marks SET last_key = :monthKey WHERE job = '${JOB}' AND last_key < :monthKey`, { monthKey: month.key }),
  ];
}
