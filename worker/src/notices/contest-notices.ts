/**
 * Notices about contests, to the people who may take part (the branch's members, or for a region's
 * contest the members of its branches): when it opens, and on its last day to those who have not
 * yet taken it. Each contest is marked told in the same batch, so a run reads only the contests
 * whose moment has come (partial indexes) and their people.
 */
import { DAY_MS } from '@sitebranch/shared';
import { sql } from '../db/sql';
import type { TemplateIds } from './dispatch';
import { thing, wechatFields, wechatTime, writeNotices, type NoticeSql } from './write';

/** Contest × person it is for, among contests matching `due` (`c.`). */
const eligible = (due: string) => `(
  SELECT c.id, c.title, c.closes_at, m.user_id FROM contests c JOIN memberships m ON m.branch_id = c.branch_id
  WHERE c.branch_id IS NOT NULL AND ${due}
  UNION
  SELECT c.id, c.title, c.closes_at, m.user_id FROM contests c JOIN branches b ON b.region_id = c.region_id JOIN memberships m ON m.branch_id = b.id
  WHERE c.branch_id IS NULL AND ${due})`;

const OPENING_DUE = 'c.opening_told = 0 AND c.opens_at <= :now AND c.closes_at > :now';
const LAST_DAY_DUE = 'c.last_day_told = 0 AND c.closes_at <= :dayAhead AND c.closes_at > :now AND c.closes_at - c.opens_at > 86400000';
const closes = `strftime('%m月%d日 %H:%M', x.closes_at / 1000 + 8 * 3600, 'unixepoch')`;

const OPENING: NoticeSql = {
  kind: 'contest_open',
  who: 'x.user_id',
  title: `'竞赛开始：' || x.title`,
  body: `'党建知识竞赛已开始，' || ${closes} || ' 截止，快来答题。'`,
  link: `'/pages/contest/index'`,
  refKey: `'contest-open:' || x.id`,
  wechat: wechatFields({ thing1: thing('x.title'), time2: wechatTime('x.closes_at'), thing3: `'竞赛已开始，快来答题'` }),
  from: `FROM ${eligible(OPENING_DUE)} x WHERE true`,
};

const LAST_DAY: NoticeSql = {
  kind: 'contest_last_day',
  who: 'x.user_id',
  title: `'竞赛最后一天：' || x.title`,
  body: `'竞赛将于 ' || ${closes} || ' 截止，您还没有参加。'`,
  link: `'/pages/contest/index'`,
  refKey: `'contest-last:' || x.id`,
  wechat: wechatFields({ thing1: thing('x.title'), time2: wechatTime('x.closes_at'), thing3: `'今天是最后一天'` }),
  from: `FROM ${eligible(LAST_DAY_DUE)} x
         WHERE NOT EXISTS (SELECT 1 FROM contest_entries ce WHERE ce.contest_id = x.id AND ce.user_id = x.user_id)`,
};

export function contestNoticeStatements(d1: D1Database, templates: TemplateIds, now: number): D1PreparedStatement[] {
  return [
    writeNotices(d1, OPENING, {}, templates, now),
    sql(d1, 'UPDATE contests SET opening_told = 1 WHERE opening_told = 0 AND opens_at <= :now', { now }),
    writeNotices(d1, LAST_DAY, { dayAhead: now + DAY_MS }, templates, now),
    sql(d1, 'UPDATE contests SET last_day_told = 1 WHERE last_day_told = 0 AND closes_at <= :dayAhead', { dayAhead: now + DAY_MS }),
  ];
}
