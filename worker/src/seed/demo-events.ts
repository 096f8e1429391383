/**
 * Demo events of the site branch, so check-in, attendance and 我的出勤 have something to show:
 * four weeks of history with check-ins (some late, some by roster, one approved leave), one
 * event today that is open for check-in, and a 党课 a week on. History and the 党课 keep their
 * first-seeded times (fixed ids, INSERT OR IGNORE); today's event is keyed by the date, so a demo
 * started on another day still has one to check in to.
 */
import { CST_OFFSET_MS, type CheckinMethod, type EventKind } from '@sitebranch/shared';
import { DEMO_PEOPLE } from './demo';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const BRANCH = 'demo-site';
const PLACE = '项目部一楼会议室';

function quote(value: string | number | null): string {
  if (value === null) return 'NULL';
  return typeof value === 'number' ? String(value) : `'${value.replace(/'/g, "''")}'`;
}

const userIdOf = (name: string) => `(SELECT id FROM users WHERE openid = ${quote(`dev:${name}`)})`;
const SECRETARY = userIdOf('张建国');

interface DemoEvent {
  id: string;
  kind: EventKind;
  title: string;
  startsAt: number;
  audience: 'members' | 'everyone';
}

function insertEvent(e: DemoEvent, now: number): string {
  const values = [
    e.id,
    BRANCH,
    e.kind,
    e.title,
    PLACE,
    e.startsAt,
    e.startsAt + HOUR,
    e.startsAt - HOUR / 2,
    e.startsAt + HOUR,
    10,
    e.audience,
    'published',
    now,
    now,
  ];
  return `INSERT OR IGNORE INTO events (id, branch_id, kind, title, place_name, starts_at, ends_at, checkin_opens_at, checkin_closes_at, late_after_minutes, audience, status, created_at, updated_at, created_by)
    SELECT ${values.map(quote).join(', ')}, ${SECRETARY}`;
}

/** The site's people an event expects, in seed order. */
function expected(audience: DemoEvent['audience']) {
  return DEMO_PEOPLE.filter((p) => p.memberships.some((m) => m.branch === BRANCH && (audience === 'everyone' || m.role !== 'masses')));
}

/** Who came to a past event, and how: a fixed pattern, so seeding again writes the same rows. */
function historyCheckins(e: DemoEvent, eventIndex: number): string[] {
  return expected(e.audience).flatMap((person, i) => {
    const turn = (i * 7 + eventIndex * 3) % 10;
    if (turn >= 8) return []; // about one in five missed it
    const method: CheckinMethod = turn === 5 ? 'digits' : turn === 6 && eventIndex === 0 ? 'roster' : 'qr';
    const late = turn === 0 ? 1 : 0;
    const at = e.startsAt - 20 * 60_000 + turn * 60_000 + (late ? 35 * 60_000 : 0);
    return [
      `INSERT OR IGNORE INTO checkins (event_id, user_id, method, checked_in_at, late, offline, recorded_by, created_at)
        SELECT ${quote(e.id)}, ${userIdOf(person.name)}, ${quote(method)}, ${at}, ${late}, 0, ${method === 'roster' ? SECRETARY : 'NULL'}, ${at}`,
    ];
  });
}

/** The CST calendar day of a moment, as YYYYMMDD. */
function cstDay(ms: number): string {
  return new Date(ms + CST_OFFSET_MS).toISOString().slice(0, 10).replace(/-/g, '');
}

export function demoEventStatements(now = Date.now()): string[] {
  const history: DemoEvent[] = [
    {
      id: 'demo-event-history-1',
      kind: 'party_lecture',
      title: '党课：学习新修订的《中国共产党纪律处分条例》',
      startsAt: now - 28 * DAY,
      audience: 'members',
    },
    {
      id: 'demo-event-history-2',
      kind: 'safety_forum',
      title: '安全论坛：高处作业与临边防护',
      startsAt: now - 21 * DAY,
      audience: 'everyone',
    },
    { id: 'demo-event-history-3', kind: 'theme_day', title: '主题党日：重温入党誓词', startsAt: now - 14 * DAY, audience: 'everyone' },
    {
      id: 'demo-event-history-4',
      kind: 'training',
      title: '班前安全教育：冬季施工防滑防冻',
      startsAt: now - 7 * DAY,
      audience: 'everyone',
    },
  ];
  const nextHour = Math.ceil(now / HOUR) * HOUR;
  const today: DemoEvent = {
    id: `demo-event-today-${cstDay(now)}`,
    kind: 'training',
    title: '今日班前会：塔吊作业安全交底',
    startsAt: nextHour,
    audience: 'everyone',
  };
  const lecture: DemoEvent = {
    id: 'demo-event-lecture',
    kind: 'party_lecture',
    title: '党课：新时代产业工人队伍建设',
    startsAt: nextHour + 7 * DAY,
    audience: 'members',
  };

  const absentOnLeave = expected('everyone').find((_, i) => (i * 7 + 1 * 3) % 10 >= 8)!;
  return [
    ...[...history, today, lecture].map((e) => insertEvent(e, now)),
    ...history.flatMap((e, i) => historyCheckins(e, i)),
    `INSERT OR IGNORE INTO leaves (event_id, user_id, reason, status, requested_at, decided_by, decided_at, note)
      SELECT 'demo-event-history-2', ${userIdOf(absentOnLeave.name)}, '回老家办理社保手续', 'approved', ${now - 22 * DAY}, ${SECRETARY}, ${now - 22 * DAY + HOUR}, '同意，注意安全'`,
  ];
}
