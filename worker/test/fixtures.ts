/**
 * Test fixtures that run inside workerd: a fresh "world" of regions, branches and people of
 * every role, written straight to D1, with session tokens for each person. Each call uses new
 * random ids, so tests never see each other's rows.
 */
import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { vi } from 'vitest';
import type { BranchRole } from '@sitebranch/shared';
import { SESSION_LIFETIME_MS, signSessionToken } from '../src/auth/session';
import { openSession } from '../src/db/sessions';
import worker from '../src/index';
import { JSCODE2SESSION_URL } from '../src/auth/wechat';
import { createDatabase } from '../src/db/client';
import { newId, newInviteCode } from '../src/db/ids';
import { branches, events, invites, memberships, regionAdmins, regionDisciplineContacts, regions, users } from '../src/db/schema';
import { checkDeclaredError } from './declared-errors';

export const BASE_URL = 'http://sitebranch.test';

export interface Person {
  id: string;
  name: string;
  token: string;
}

/** Opens a real session (a row in `sessions`) for the person and signs a token for it, as login does. */
export async function tokenFor(userId: string, ttlMs = 3_600_000): Promise<string> {
  const session = await openSession(env.DB, userId, 'dev', SESSION_LIFETIME_MS);
  return (await signSessionToken(env.SESSION_SECRET!, { userId, sessionId: session.id }, Date.now() + ttlMs)).token;
}

/** Inserts a person and returns them with a session token. */
export async function makePerson(name: string, options: { platformAdmin?: boolean } = {}): Promise<Person> {
  const id = newId();
  const now = Date.now();
  await createDatabase(env.DB)
    .insert(users)
    .values({ id, openid: `test:${id}`, name, isPlatformAdmin: options.platformAdmin ?? false, createdAt: now, updatedAt: now });
  return { id, name, token: await tokenFor(id) };
}

/** Roles the authorization matrix calls every route as. */
export const MATRIX_ROLES = [
  'none',
  'platformAdmin',
  'outsider',
  'masses',
  'member',
  'committee',
  'secretary',
  'regionAdmin',
  'otherSecretary',
  'otherRegionAdmin',
  /** The region's discipline contact (纪检联系人): above the branches, a member of none. */
  'disciplineContact',
  'otherDisciplineContact',
] as const;
export type MatrixRole = (typeof MATRIX_ROLES)[number];

export interface World {
  regionId: string;
  branchId: string;
  otherRegionId: string;
  otherBranchId: string;
  people: Record<Exclude<MatrixRole, 'none'>, Person>;
  /** Extra members of the branch to act on (change, remove). */
  workers: Person[];
}

/**
 * Two regions, each with a branch, an admin and a discipline contact. The own branch has a member
 * of every role, a second secretary (so the secretary may be acted on) and spare workers; the
 * other branch has its own secretary.
 */
export async function makeWorld(): Promise<World> {
  const db = createDatabase(env.DB);
  const now = Date.now();
  const [regionId, otherRegionId, branchId, otherBranchId] = [newId(), newId(), newId(), newId()];
  const names = [
    'outsider',
    'masses',
    'member',
    'committee',
    'secretary',
    'regionAdmin',
    'otherSecretary',
    'otherRegionAdmin',
    'disciplineContact',
    'otherDisciplineContact',
  ] as const;
  const people = {} as World['people'];
  for (const role of names) people[role] = await makePerson(`测试-${role}`);
  people.platformAdmin = await makePerson('测试-平台管理员', { platformAdmin: true });
  const workers = await Promise.all([1, 2, 3].map((n) => makePerson(`测试工人${n}`)));
  const deputy = await makePerson('测试-副书记');

  const member = (branch: string, person: Person, role: BranchRole, workTeam: string | null = null) => ({
    branchId: branch,
    userId: person.id,
    role,
    workTeam,
    // Joined a month ago, so events of the past weeks expected them.
    joinedAt: now - 30 * 24 * 60 * 60_000,
  });
  await db.batch([
    db.insert(regions).values([
      { id: regionId, name: '测试区域', createdAt: now },
      { id: otherRegionId, name: '其他区域', createdAt: now },
    ]),
    db.insert(branches).values([
      { id: branchId, regionId, kind: 'site', name: '测试工地支部', address: '测试路 1 号', memberCount: 8, createdAt: now },
      {
        id: otherBranchId,
        regionId: otherRegionId,
        kind: 'community',
        name: '其他社区支部',
        address: '其他路 2 号',
        memberCount: 1,
        createdAt: now,
      },
    ]),
    db
      .insert(memberships)
      .values([
        member(branchId, people.masses, 'masses', '钢筋班'),
        member(branchId, people.member, 'member', '木工班'),
        member(branchId, people.committee, 'committee'),
        member(branchId, people.secretary, 'secretary'),
        member(branchId, deputy, 'secretary'),
        ...workers.map((w) => member(branchId, w, 'masses', '钢筋班')),
        member(otherBranchId, people.otherSecretary, 'secretary'),
      ]),
    db.insert(regionAdmins).values([
      { regionId, userId: people.regionAdmin.id, createdAt: now },
      { regionId: otherRegionId, userId: people.otherRegionAdmin.id, createdAt: now },
    ]),
    db.insert(regionDisciplineContacts).values([
      { regionId, userId: people.disciplineContact.id, appointedBy: people.regionAdmin.id, createdAt: now },
      { regionId: otherRegionId, userId: people.otherDisciplineContact.id, appointedBy: people.otherRegionAdmin.id, createdAt: now },
    ]),
  ]);
  return { regionId, branchId, otherRegionId, otherBranchId, people, workers };
}

/** A usable invite code to the world's branch, made by its secretary. */
export async function makeInvite(world: World): Promise<string> {
  const code = newInviteCode();
  await createDatabase(env.DB)
    .insert(invites)
    .values({
      code,
      branchId: world.branchId,
      role: 'masses',
      expiresAt: Date.now() + 3_600_000,
      maxUses: 100,
      createdBy: world.people.secretary.id,
      createdAt: Date.now(),
    });
  return code;
}

/** A published event of the world's branch, open for check-in now, for everyone, with no geofence unless given. */
export async function makeEvent(world: World, overrides: Partial<typeof events.$inferInsert> = {}): Promise<string> {
  const id = newId();
  const now = Date.now();
  await createDatabase(env.DB)
    .insert(events)
    .values({
      id,
      branchId: world.branchId,
      kind: 'training',
      title: '班前安全教育',
      placeName: '项目部会议室',
      startsAt: now - 10 * 60_000,
      endsAt: now + 60 * 60_000,
      checkinOpensAt: now - 40 * 60_000,
      checkinClosesAt: now + 60 * 60_000,
      lateAfterMinutes: 15,
      audience: 'everyone',
      status: 'published',
      createdBy: world.people.secretary.id,
      createdAt: now,
      updatedAt: now,
      ...overrides,
    });
  return id;
}

export interface CallOptions {
  token?: string | undefined;
  body?: unknown;
  /** Sent as is, instead of JSON-encoding `body`. */
  rawBody?: BodyInit;
  headers?: Record<string, string>;
  /** Return the body as bytes (downloads) instead of parsed JSON. */
  binary?: boolean;
  /** Bindings to run the worker with instead of the test environment's (e.g. a metered D1). */
  bindings?: typeof env;
}

/**
 * What a test reads an answer as unless it says more: the API's JSON, read field by field in
 * hundreds of places, where `unknown` would need a cast or a schema at each one.
 */
// biome-ignore lint/suspicious/noExplicitAny: the one loose type of the tests' answers, named so it is found
export type LooseJson = any;

export interface CallResult<T = LooseJson> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * Calls the worker's fetch handler inside workerd, as the runtime would for a client's request.
 * (Not through `exports.default`: that loopback gets slower with every request it has carried,
 * which turns the thousands of fuzzing requests quadratic.)
 */
export async function call<T = LooseJson>(method: string, path: string, options: CallOptions = {}): Promise<CallResult<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: BodyInit | undefined = options.rawBody;
  if (body === undefined && options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const ctx = createExecutionContext();
  const res = await worker.fetch(new Request(BASE_URL + path, { method, headers, body }), options.bindings ?? env, ctx);
  await waitOnExecutionContext(ctx);
  if (options.binary) return { status: res.status, body: new Uint8Array(await res.arrayBuffer()) as T, headers: res.headers };
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = text;
  }
  checkDeclaredError(method, BASE_URL + path, res.status, parsed);
  return { status: res.status, body: parsed as T, headers: res.headers };
}

/** Every row of every application table, for "nothing was written" checks. */
export async function snapshotDatabase(): Promise<Record<string, unknown[]>> {
  const { results: tables } = await env.DB.prepare(
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%' AND name <> 'd1_migrations' ORDER BY name",
  ).all<{ name: string }>();
  const snapshot: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    snapshot[name] = (await env.DB.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).all()).results;
  }
  return snapshot;
}

/**
 * Stands in for WeChat's servers, which tests cannot reach: the only mock in the suite.
 * Other outbound requests go through untouched. Undo with `vi.restoreAllMocks()`.
 */
export function mockWechat(reply: (url: URL) => Response | Promise<Response>) {
  const realFetch = globalThis.fetch;
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin + url.pathname === JSCODE2SESSION_URL) return reply(url);
    return realFetch(input, init);
  });
}
export * from './contest-fixtures';
/** A real (tiny) JPEG, for suites that upload a photo: the worker refuses broken ones. */
export { JPEG as TEST_JPEG } from '../src/feedback/test-photos';
