/**
 * Each event's expected count (migration 0018) against a recount from the roster, after a random
 * sequence of the row changes that move it: people joining (before and after check-in closed),
 * leaving, changing between 群众 and a Party role, events made for everyone or for members, and
 * events whose audience or check-in close is changed.
 */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../test/random';
import { makeEvent, makePerson, makeWorld, type World } from '../../test/fixtures';

const HOUR = 3_600_000;
const BASE = Date.UTC(2026, 9, 1);

async function kept(world: World) {
  const rows = await env.DB.prepare('SELECT id, expected_count AS expected FROM events WHERE branch_id = ?1 ORDER BY id')
    .bind(world.branchId)
    .all();
  return rows.results;
}

/** The rule of the branch dashboard: the audience, joined at or before check-in closed. */
async function recounted(world: World) {
  const rows = await env.DB.prepare(
    `SELECT e.id, (SELECT count(*) FROM memberships m WHERE m.branch_id = e.branch_id AND m.joined_at <= e.checkin_closes_at
       AND (e.audience = 'everyone' OR m.role <> 'masses')) AS expected
     FROM events e WHERE e.branch_id = ?1 ORDER BY e.id`,
  )
    .bind(world.branchId)
    .all();
  return rows.results;
}

describe('the expected count of each event', () => {
  it.each([1, 2, 3])('matches a recount from the roster after 200 random writes (seed %i)', async (seed) => {
    const next = seededRandom(seed);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    const world = await makeWorld();
    const outsiders = await Promise.all(Array.from({ length: 8 }, (_, i) => makePerson(`新工友${i}`)));
    const people = [...world.workers.map((p) => p.id), ...outsiders.map((p) => p.id)];
    const closesAt = () => BASE + Math.floor(next() * 40) * HOUR;
    const eventIds: string[] = [];
    for (let i = 0; i < 4; i++) {
      const close = closesAt();
      eventIds.push(
        await makeEvent(world, {
          audience: pick(['everyone', 'members'] as const),
          startsAt: close - HOUR,
          endsAt: close,
          checkinOpensAt: close - 2 * HOUR,
          checkinClosesAt: close,
        }),
      );
    }

    for (let step = 0; step < 200; step++) {
      const userId = pick(people);
      const roll = next();
      if (roll < 0.3) {
        await env.DB.prepare(
          `INSERT INTO memberships (branch_id, user_id, role, joined_at) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (branch_id, user_id) DO NOTHING`,
        )
          .bind(world.branchId, userId, pick(['masses', 'member', 'committee']), closesAt())
          .run();
      } else if (roll < 0.5) {
        await env.DB.prepare('DELETE FROM memberships WHERE branch_id = ?1 AND user_id = ?2').bind(world.branchId, userId).run();
      } else if (roll < 0.7) {
        await env.DB.prepare('UPDATE memberships SET role = ?3 WHERE branch_id = ?1 AND user_id = ?2')
          .bind(world.branchId, userId, pick(['masses', 'member', 'committee']))
          .run();
      } else if (roll < 0.8) {
        const close = closesAt();
        eventIds.push(
          await makeEvent(world, {
            audience: pick(['everyone', 'members'] as const),
            startsAt: close - HOUR,
            endsAt: close,
            checkinOpensAt: close - 2 * HOUR,
            checkinClosesAt: close,
          }),
        );
      } else if (roll < 0.9) {
        await env.DB.prepare('UPDATE events SET audience = ?2 WHERE id = ?1')
          .bind(pick(eventIds), pick(['everyone', 'members']))
          .run();
      } else {
        await env.DB.prepare('UPDATE events SET checkin_closes_at = ?2 WHERE id = ?1').bind(pick(eventIds), closesAt()).run();
      }
    }
    const [k, r] = await Promise.all([kept(world), recounted(world)]);
    expect(k).toEqual(r);
    // The sequence did produce events that expect some people and not others.
    expect(new Set(r.map((e) => e.expected)).size).toBeGreaterThan(2);
  });
});
