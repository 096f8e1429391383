/**
 * A province-sized data set written straight into the local D1 file (better-sqlite3 on the SQLite
 * file miniflare keeps D1 in, before `wrangler dev` opens it), on top of the demo data: the demo
 * region grows to 250 branches of 200 people each, with weekly events, 40 check-ins each, two
 * feedback items a week per branch and the contests' attempts with their answers.
 *
 * Two sizes differ only in how far back the history goes (`weeks`): the small one has the last 14
 * weeks (this quarter, which a month's 三会一课 figures look at), the large one 100 weeks (25,000
 * events, 1,000,000 check-ins, 100,000 attempts, 50,000 feedback items). This month and its quarter
 * are the same in both, so a dashboard of this month should cost the same at both sizes: what grows
 * is the past, which the counters and indexes must keep out of every request.
 *
 * Rows are made by SQL from recursive counters (fast: no row crosses into JavaScript), so the
 * schema's triggers keep every counter table true exactly as they do for the app's own writes.
 */
import Database from 'better-sqlite3';
import { statSync } from 'node:fs';

export interface ProvinceSize {
  label: string;
  /** Weeks of history: one event and two feedback items per branch per week. */
  weeks: number;
  /** Whether last year's contest (50,000 more attempts) is there too. */
  pastContest: boolean;
}

export const SMALL: ProvinceSize = { label: 'small (14 weeks of history)', weeks: 14, pastContest: false };
export const LARGE: ProvinceSize = { label: 'large (100 weeks of history)', weeks: 100, pastContest: true };

export const BRANCHES = 250;
const PEOPLE_PER_BRANCH = 200;
const CHECKINS_PER_EVENT = 40;
const FEEDBACK_PER_WEEK = 2;
const ANSWERS_PER_ATTEMPT = 20;
const DAY = 86_400_000;
const WEEK = 7 * DAY;
const REGION = 'demo-region';
const CURRENT_CONTEST = 'demo-contest-region';
const PAST_CONTEST = 'bench-contest-past';
/** The demo branches take part as branches 0 and 1; the other 248 are new. */
const DEMO_BRANCHES = ['demo-site', 'demo-community'];

/** `WITH RECURSIVE` counter 0 … n-1. */
const counter = (name: string, n: number) => `${name}(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM ${name} WHERE i < ${n - 1})`;

/** better-sqlite3 binds every JS number as REAL (so `'id-' || 200` would be 'id-200.0'); whole numbers go as INTEGER. */
const integers = (params: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'number' && Number.isInteger(value) ? BigInt(value) : value]),
  );

export interface SeedReport {
  seconds: number;
  bytes: number;
  rows: Record<string, number>;
}

export function seedProvince(file: string, size: ProvinceSize, now = Date.now()): SeedReport {
  const started = performance.now();
  const db = new Database(file);
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = ON');
  const run = (sql: string, params: Record<string, unknown> = {}) => db.prepare(sql).run(integers(params));
  const since = now - size.weeks * WEEK;

  db.transaction(() => {
    // Which branch and person each index is, kept in temporary tables (not in the D1 file).
    run(`CREATE TEMP TABLE b (b INTEGER PRIMARY KEY, id TEXT NOT NULL)`);
    run(
      `WITH RECURSIVE ${counter('n', BRANCHES)} INSERT INTO b SELECT i, CASE i WHEN 0 THEN @site WHEN 1 THEN @community ELSE 'bench-branch-' || i END FROM n`,
      {
        site: DEMO_BRANCHES[0],
        community: DEMO_BRANCHES[1],
      },
    );
    run(`CREATE TEMP TABLE p (p INTEGER PRIMARY KEY, b INTEGER NOT NULL, k INTEGER NOT NULL, id TEXT NOT NULL)`);
    run(
      `WITH RECURSIVE ${counter('n', BRANCHES * PEOPLE_PER_BRANCH)} INSERT INTO p SELECT i, i / @per, i % @per, 'bench-user-' || i FROM n`,
      { per: PEOPLE_PER_BRANCH },
    );

    run(
      `INSERT INTO branches (id, region_id, kind, name, project_name, address, created_at)
       SELECT id, @region, CASE WHEN b % 5 = 0 THEN 'community' ELSE 'site' END, '示范市第' || b || '项目临时党支部', '第' || b || '标段', '示范市建设路' || b || '号', @since
       FROM b WHERE b >= 2`,
      { region: REGION, since },
    );
    run(
      `INSERT INTO users (id, openid, name, created_at, updated_at) SELECT id, 'bench-openid-' || p, '工友' || p, @since, @since FROM p`,
      { since },
    );
    // Person 0 of each branch is its secretary; the rest are members in six work teams.
    run(
      `INSERT INTO memberships (branch_id, user_id, role, work_team, joined_at)
       SELECT b.id, p.id, CASE p.k WHEN 0 THEN 'secretary' ELSE 'member' END,
              CASE p.k % 6 WHEN 0 THEN '钢筋班' WHEN 1 THEN '木工班' WHEN 2 THEN '混凝土班' WHEN 3 THEN '架子工班' WHEN 4 THEN '水电班' ELSE '项目部' END, @since
       FROM p JOIN b ON b.b = p.b`,
      { since },
    );
    run(
      `UPDATE branches SET member_count = (SELECT count(*) FROM memberships m WHERE m.branch_id = branches.id) WHERE region_id = @region`,
      { region: REGION },
    );

    // One event a week per branch (the 班前会 most weeks, the 三会一课 in turn), a day before `now` and back.
    run(`CREATE TEMP TABLE e (b INTEGER NOT NULL, w INTEGER NOT NULL, id TEXT NOT NULL, starts_at INTEGER NOT NULL)`);
    run(
      `WITH RECURSIVE ${counter('w', size.weeks)} INSERT INTO e SELECT b.b, w.i, 'bench-event-' || b.b || '-' || w.i, @now - @day - w.i * @week FROM b, w`,
      { now, day: DAY, week: WEEK },
    );
    run(
      `INSERT INTO events (id, branch_id, kind, title, place_name, starts_at, ends_at, checkin_opens_at, checkin_closes_at, late_after_minutes, audience, status, created_by, created_at, updated_at)
       SELECT e.id, b.id,
              CASE e.w % 4 WHEN 0 THEN 'committee_meeting' WHEN 1 THEN 'group_meeting' WHEN 2 THEN (CASE WHEN e.w % 12 = 2 THEN 'party_lecture' ELSE 'branch_assembly' END) ELSE 'training' END,
              '第' || e.w || '周活动', '项目部会议室', e.starts_at, e.starts_at + 3600000, e.starts_at - 1800000, e.starts_at + 3600000, 10, 'everyone', 'published',
              'bench-user-' || (e.b * @per), e.starts_at - @day, e.starts_at - @day
       FROM e JOIN b ON b.b = e.b`,
      { per: PEOPLE_PER_BRANCH, day: DAY },
    );
    // 40 of the branch's 200 people at each event, a different 40 each week.
    run(
      `WITH RECURSIVE ${counter('j', CHECKINS_PER_EVENT)}
       INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, created_at)
       SELECT e.id, 'bench-user-' || (e.b * @per + (e.w * 7 + j.i * 5) % @per), CASE WHEN j.i % 8 = 0 THEN 'digits' ELSE 'qr' END,
              e.starts_at + j.i * 15000, j.i % 10 = 9, 0, e.starts_at + j.i * 15000
       FROM e, j`,
      { per: PEOPLE_PER_BRANCH },
    );

    // Two feedback items a week per branch; the last fortnight's still open, the rest answered.
    run(
      `WITH RECURSIVE ${counter('f', size.weeks * FEEDBACK_PER_WEEK)}, made AS (
         SELECT b.b AS b, b.id AS branch, f.i AS f, @now - (f.i + 1) * (@week / @perWeek) AS at FROM b, f)
       INSERT INTO feedback (id, branch_id, category, text, place, anonymous, user_id, receipt_hash, status, accept_due_at, resolve_due_at, overdue, closed_at, rating, created_at, updated_at)
       SELECT 'bench-feedback-' || b || '-' || f, branch,
              CASE f % 5 WHEN 0 THEN 'hazard' WHEN 1 THEN 'request' WHEN 2 THEN 'suggestion' WHEN 3 THEN 'praise' ELSE 'other' END,
              '第' || f || '条意见：生活区路灯不亮，夜里回宿舍看不清路。', '生活区', f % 4 = 0,
              CASE WHEN f % 4 = 0 THEN NULL ELSE 'bench-user-' || (b * @per + f % @per) END,
              CASE WHEN f % 4 = 0 THEN 'bench-receipt-' || b || '-' || f END,
              CASE WHEN f < 4 THEN 'submitted' WHEN f = 4 THEN 'accepted' WHEN f = 5 THEN 'in_progress' WHEN f % 10 = 7 THEN 'declined' ELSE 'resolved' END,
              at + 2 * @day, at + 15 * @day, f BETWEEN 2 AND 5,
              CASE WHEN f < 6 THEN NULL WHEN f % 9 = 0 THEN at + 20 * @day ELSE at + 5 * @day END,
              CASE WHEN f >= 6 AND f % 3 = 0 AND f % 10 <> 7 THEN 3 + f % 3 END, at, at
       FROM made`,
      { now, week: WEEK, perWeek: FEEDBACK_PER_WEEK, day: DAY, per: PEOPLE_PER_BRANCH },
    );
    run(
      `INSERT INTO feedback_events (id, feedback_id, kind, actor, organizer_id, note, created_at)
       SELECT id || '-submitted', id, 'submitted', 'submitter', NULL, NULL, created_at FROM feedback WHERE id LIKE 'bench-feedback-%'
       UNION ALL
       SELECT f.id || '-accepted', f.id, 'accepted', 'organizer', 'bench-user-' || (b.b * @per), NULL, f.created_at + @day
       FROM feedback f JOIN b ON b.id = f.branch_id WHERE f.id LIKE 'bench-feedback-%' AND f.status <> 'submitted'
       UNION ALL
       SELECT id || '-closed', id, status, 'organizer', NULL, '已处理', closed_at FROM feedback WHERE id LIKE 'bench-feedback-%' AND closed_at IS NOT NULL`,
      { per: PEOPLE_PER_BRANCH, day: DAY },
    );

    // Every person has taken this year's contest; with the past contest, last year's too.
    const items = db
      .prepare(
        `SELECT json_group_array(json_object('id', id, 'order', 'ABCD')) AS items FROM (SELECT id FROM questions WHERE bank_id = 'demo-bank-region' ORDER BY id LIMIT @n)`,
      )
      .get(integers({ n: ANSWERS_PER_ATTEMPT })) as { items: string };
    run(`CREATE TEMP TABLE q AS SELECT key AS position, json_extract(value, '$.id') AS id FROM json_each(@items)`, { items: items.items });
    const contests = [{ id: CURRENT_CONTEST, startedAt: now - 3 * DAY }];
    if (size.pastContest) {
      run(
        `INSERT INTO contests (id, region_id, branch_id, title, description, opens_at, closes_at, bank_ids, pool, points, question_count, max_score, time_limit_ms,
                               attempts_allowed, counts, shuffle_options, show_answers, created_by, created_at, updated_at, keep_pool_private)
         SELECT @id, region_id, branch_id, '去年的党建知识竞赛', description, @opens, @closes, bank_ids, pool, points, question_count, max_score, time_limit_ms,
                attempts_allowed, counts, shuffle_options, show_answers, created_by, @opens, @opens, keep_pool_private
         FROM contests WHERE id = @current`,
        { id: PAST_CONTEST, current: CURRENT_CONTEST, opens: now - 400 * DAY, closes: now - 370 * DAY },
      );
      contests.push({ id: PAST_CONTEST, startedAt: now - 380 * DAY });
    }
    for (const contest of contests) {
      const params = { contest: contest.id, at: contest.startedAt, items: items.items, per: PEOPLE_PER_BRANCH };
      const attempt = `'bench-attempt-' || @contest || '-' || p.p`;
      run(
        `INSERT INTO attempts (id, contest_id, user_id, branch_id, work_team, items, started_at, deadline, submitted_at, score, correct_count, time_used_ms)
         SELECT ${attempt}, @contest, p.id, b.id, NULL, @items, @at + p.p * 1000, @at + p.p * 1000 + 1200000,
                @at + p.p * 1000 + 300000 + (p.p % 600) * 1000, (p.p * 7 % 21) * 4, p.p * 7 % 21, 300000 + (p.p % 600) * 1000
         FROM p JOIN b ON b.b = p.b`,
        params,
      );
      run(
        `INSERT INTO attempt_answers (attempt_id, question_id, position, answer, saved_at, correct, points)
         SELECT ${attempt}, q.id, q.position, 'A', @at + p.p * 1000 + q.position * 15000, q.position < p.p * 7 % 21, CASE WHEN q.position < p.p * 7 % 21 THEN 4 ELSE 0 END
         FROM p, q`,
        params,
      );
      run(
        `INSERT INTO contest_entries (contest_id, user_id, branch_id, score, time_used_ms, attempt_id, updated_at)
         SELECT @contest, p.id, b.id, (p.p * 7 % 21) * 4, 300000 + (p.p % 600) * 1000, ${attempt}, @at FROM p JOIN b ON b.b = p.b`,
        params,
      );
    }
  })();

  const rows: Record<string, number> = {};
  for (const table of [
    'branches',
    'users',
    'memberships',
    'events',
    'checkins',
    'attempts',
    'attempt_answers',
    'contest_entries',
    'feedback',
    'feedback_events',
    'member_month_attendance',
  ]) {
    rows[table] = (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  return { seconds: (performance.now() - started) / 1000, bytes: statSync(file).size, rows };
}
