/**
 * The region the region-results tests count by hand: four branches — a site branch of eight, a
 * community branch of two that does everything, a branch of two that did one event, and a branch
 * of one that did nothing — with held events and check-ins written straight to D1.
 */
import { env } from 'cloudflare:workers';
import { makeEvent, makePerson, makeWorld, type Person, type World } from '../../../test/fixtures';

export const cst = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m - 1, d, h - 8);
export const HOUR = 3_600_000;
const LONG_AGO = cst(2024, 1, 1);

export async function heldEvent(branchId: string, world: World, kind: string, startsAt: number, audience: 'members' | 'everyone') {
  return makeEvent(world, {
    branchId,
    kind: kind as never,
    audience,
    startsAt,
    endsAt: startsAt + HOUR,
    checkinOpensAt: startsAt - HOUR,
    checkinClosesAt: startsAt + HOUR,
  });
}
export const checkin = (eventId: string, userId: string) =>
  env.DB.prepare(
    `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, status, created_at) VALUES (?1, ?2, 'qr', ?3, 0, 0, 'confirmed', ?3)`,
  )
    .bind(eventId, userId, Date.now())
    .run();

/** A branch of the world's region with these members, all joined long ago. */
async function addBranch(world: World, name: string, kind: 'site' | 'community', roles: ('secretary' | 'member' | 'masses')[]) {
  const id = crypto.randomUUID();
  await env.DB.prepare(
    `INSERT INTO branches (id, region_id, kind, name, address, member_count, created_at) VALUES (?1, ?2, ?3, ?4, '测试路', ?5, ?6)`,
  )
    .bind(id, world.regionId, kind, name, roles.length, LONG_AGO)
    .run();
  const people: Person[] = [];
  for (const role of roles) {
    const person = await makePerson(`${name}-${role}`);
    await env.DB.prepare('INSERT INTO memberships (branch_id, user_id, role, joined_at) VALUES (?1, ?2, ?3, ?4)')
      .bind(id, person.id, role, LONG_AGO)
      .run();
    people.push(person);
  }
  return { id, people };
}

/** The world's branch (A, eight members) and three more, everyone there since 2024. */
export async function regionOfFour() {
  const world = await makeWorld();
  await env.DB.prepare('UPDATE memberships SET joined_at = ?2 WHERE branch_id = ?1').bind(world.branchId, LONG_AGO).run();
  await env.DB.prepare('UPDATE branches SET created_at = ?2 WHERE id = ?1').bind(world.branchId, LONG_AGO).run();
  const b = await addBranch(world, '乙社区支部', 'community', ['secretary', 'masses']);
  const c = await addBranch(world, '丙工地支部', 'site', ['secretary']);
  const d = await addBranch(world, '丁社区支部', 'community', ['secretary', 'masses']);
  return { world, b, c, d };
}

export const admin = (world: World) => ({ token: world.people.regionAdmin.token });
