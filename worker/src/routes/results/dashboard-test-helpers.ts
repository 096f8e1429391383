/** What the branch dashboard tests share: China-time dates, held events and a world whose members joined long before. */
import { env } from 'cloudflare:workers';
import { makeEvent, makeWorld, type World } from '../../../test/fixtures';

export const cst = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);
export const HOUR = 3_600_000;

export async function heldEvent(
  world: World,
  kind: string,
  startsAt: number,
  audience: 'members' | 'everyone',
  extra: Record<string, unknown> = {},
) {
  return makeEvent(world, {
    kind: kind as never,
    audience,
    startsAt,
    endsAt: startsAt + HOUR,
    checkinOpensAt: startsAt - HOUR,
    checkinClosesAt: startsAt + HOUR,
    ...extra,
  });
}

/** Everyone joined long before 2025-11. */
export async function worldOfLongStanding() {
  const world = await makeWorld();
  await env.DB.prepare('UPDATE memberships SET joined_at = ?2 WHERE branch_id = ?1')
    .bind(world.branchId, cst(2024, 1, 1))
    .run();
  return world;
}
