/**
 * The attendance counters (migration 0015) against a recount from the raw rows, after a random
 * sequence of writes. The triggers act on rows, so the sequence drives every kind of row change
 * the routes make — a check-in by each method, late or offline, an offline claim confirmed or
 * refused, an undo (delete), a leave asked, approved, refused or withdrawn, an event moved to
 * another month — straight in SQL, many more of them than the routes could make in a test's time.
 */
import { CHECKIN_METHODS, ORGANIZER_CHECKIN_METHODS } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/random';
import { makeEvent, makeWorld, type World } from '../../test/fixtures';

/** Every method there is, and the recount's own idea of which count as roster: from shared, so a new method is checked against the triggers. */
const METHODS = CHECKIN_METHODS;
const ROSTER_METHODS = ORGANIZER_CHECKIN_METHODS.map((method) => `'${method}'`).join(', ');
const cst = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);

async function kept(world: World) {
  const events = await env.DB.prepare(
    `SELECT id, checkin_count AS checkins, late_count AS late, offline_count AS offline, roster_count AS roster, makeup_count AS makeup,
       pending_count AS pending, leave_count AS leave FROM events WHERE branch_id = ?1 ORDER BY id`,
  )
    .bind(world.branchId)
    .all();
  const months = await env.DB.prepare(
    `SELECT user_id AS userId, month, attended, on_leave AS onLeave FROM member_month_attendance
     WHERE branch_id = ?1 AND (attended <> 0 OR on_leave <> 0) ORDER BY month, user_id`,
  )
    .bind(world.branchId)
    .all();
  return { events: events.results, months: months.results };
}

async function recounted(world: World) {
  const month = `strftime('%Y-%m', (e.starts_at + 28800000) / 1000, 'unixepoch')`;
  const events = await env.DB.prepare(
    `SELECT e.id,
       (SELECT count(*) FROM checkins x WHERE x.event_id = e.id AND x.status = 'confirmed') AS checkins,
       (SELECT count(*) FROM checkins x WHERE x.event_id = e.id AND x.status = 'confirmed' AND x.late = 1) AS late,
       (SELECT count(*) FROM checkins x WHERE x.event_id = e.id AND x.status = 'confirmed' AND x.offline = 1) AS offline,
       (SELECT count(*) FROM checkins x WHERE x.event_id = e.id AND x.status = 'confirmed' AND x.method IN (${ROSTER_METHODS})) AS roster,
       (SELECT count(*) FROM checkins x WHERE x.event_id = e.id AND x.status = 'confirmed' AND x.method = 'makeup') AS makeup,
       (SELECT count(*) FROM checkins x WHERE x.event_id = e.id AND x.status = 'pending') AS pending,
       (SELECT count(*) FROM leaves l WHERE l.event_id = e.id AND l.status = 'approved') AS leave
     FROM events e WHERE e.branch_id = ?1 ORDER BY e.id`,
  )
    .bind(world.branchId)
    .all();
  const months = await env.DB.prepare(
    `SELECT userId, month, sum(attended) AS attended, sum(onLeave) AS onLeave FROM (
       SELECT x.user_id AS userId, ${month} AS month, 1 AS attended, 0 AS onLeave FROM checkins x JOIN events e ON e.id = x.event_id WHERE e.branch_id = ?1 AND x.status = 'confirmed'
       UNION ALL
       SELECT l.user_id, ${month}, 0, 1 FROM leaves l JOIN events e ON e.id = l.event_id WHERE e.branch_id = ?1 AND l.status = 'approved'
     ) GROUP BY userId, month ORDER BY month, userId`,
  )
    .bind(world.branchId)
    .all();
  return { events: events.results, months: months.results };
}

describe('the attendance counters', () => {
  it.each([1, 2, 3])('match a recount from the raw rows after 300 random writes (seed %i)', async (seed) => {
    const next = seededRandom(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const world = await makeWorld();
    const people = [world.people.masses, world.people.member, world.people.committee, world.people.secretary, ...world.workers].map(
      (p) => p.id,
    );
    // Events in three months, the last evening of a month among them.
    const starts = [cst(2026, 9, 30, 20), cst(2026, 10, 1, 9), cst(2026, 10, 15, 9), cst(2026, 11, 3, 9)];
    const eventIds = [];
    for (const startsAt of starts) eventIds.push(await makeEvent(world, { startsAt, endsAt: startsAt + 3_600_000 }));

    // Check-ins take the methods in turn, so every method is written whatever the seed.
    let inserts = 0;
    for (let step = 0; step < 300; step++) {
      const eventId = pick(eventIds);
      const userId = pick(people);
      const roll = next();
      const now = Date.now();
      if (roll < 0.35) {
        const offline = next() < 0.3;
        await env.DB.prepare(
          `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?4)
           ON CONFLICT (event_id, user_id) DO NOTHING`,
        )
          .bind(
            eventId,
            userId,
            METHODS[inserts++ % METHODS.length],
            now,
            next() < 0.3 ? 1 : 0,
            offline ? 1 : 0,
            offline && next() < 0.7 ? 'pending' : 'confirmed',
          )
          .run();
      } else if (roll < 0.5) {
        await env.DB.prepare(`UPDATE checkins SET status = ?3 WHERE event_id = ?1 AND user_id = ?2`)
          .bind(eventId, userId, pick(['confirmed', 'refused', 'pending']))
          .run();
      } else if (roll < 0.6) {
        await env.DB.prepare('DELETE FROM checkins WHERE event_id = ?1 AND user_id = ?2').bind(eventId, userId).run();
      } else if (roll < 0.75) {
        await env.DB.prepare(
          `INSERT INTO leaves (event_id, user_id, reason, status, requested_at) VALUES (?1, ?2, '家中有事', ?3, ?4) ON CONFLICT (event_id, user_id) DO NOTHING`,
        )
          .bind(eventId, userId, pick(['pending', 'approved']), now)
          .run();
      } else if (roll < 0.88) {
        await env.DB.prepare('UPDATE leaves SET status = ?3 WHERE event_id = ?1 AND user_id = ?2')
          .bind(eventId, userId, pick(['approved', 'refused', 'pending']))
          .run();
      } else if (roll < 0.95) {
        await env.DB.prepare('DELETE FROM leaves WHERE event_id = ?1 AND user_id = ?2').bind(eventId, userId).run();
      } else {
        const startsAt = pick(starts) + Math.floor(next() * 4) * 3_600_000;
        await env.DB.prepare('UPDATE events SET starts_at = ?2, ends_at = ?2 + 3600000 WHERE id = ?1').bind(eventId, startsAt).run();
      }
    }
    const [k, r] = await Promise.all([kept(world), recounted(world)]);
    expect(k.events).toEqual(r.events);
    expect(k.months).toEqual(r.months);
    // The sequence did exercise what it claims to.
    for (const counter of ['pending', 'leave', 'makeup', 'roster'])
      expect(
        r.events.some((e) => (e[counter] as number) > 0),
        counter,
      ).toBe(true);
  });
});
