/** What the 花名册 tests share: adding a person to the branch's roster, and reading its members and their count. */
import { env } from 'cloudflare:workers';
import { call, type World } from '../../../test/fixtures';

export const rosterOf = (world: World) => `/api/branches/${world.branchId}/roster`;
export const add = (world: World, body: object, token = world.people.secretary.token) => call('POST', rosterOf(world), { token, body });
export const members = async (world: World) =>
  (await call('GET', `/api/branches/${world.branchId}/members`, { token: world.people.secretary.token })).body.members as {
    userId: string;
    name: string;
    workTeam: string | null;
    role: string;
    rosterOnly: boolean;
    phone: string | null;
    joinedAt: number;
  }[];
export const memberCount = async (world: World) =>
  (await env.DB.prepare('SELECT member_count AS n FROM branches WHERE id = ?1').bind(world.branchId).first<{ n: number }>())!.n;
