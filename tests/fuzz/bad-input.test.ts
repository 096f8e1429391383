/**
 * Bad input, generated: for every route, at least 200 invalid bodies, 200 invalid query strings
 * and (where the path has ids) 200 unknown or malformed ids, sent by a caller who is allowed to
 * use the route. Every answer must be a 4xx in the error shape, and the database must be exactly
 * as it was before.
 */
import { ErrorBodySchema, NoQuerySchema, endpoints, type Endpoint, type z } from '@sitebranch/shared';
import {
  call,
  makeBank,
  makeContest,
  makeEvent,
  makeInvite,
  makeWorld,
  snapshotDatabase,
  type MatrixRole,
  type World,
} from '@sitebranch/worker/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const RUNS = 200;

/** Who calls each kind of route: someone allowed, so that the input is what gets judged. */
function callerFor(endpoint: Endpoint): MatrixRole | 'none' {
  switch (endpoint.access.kind) {
    case 'public':
      return 'none';
    case 'platformAdmin':
      return 'platformAdmin';
    case 'regionAdmin':
      return 'regionAdmin';
    case 'branch':
      return endpoint.access.regionAdmin ? 'secretary' : endpoint.access.minRole === 'masses' ? 'member' : 'secretary';
    default:
      return 'secretary';
  }
}

/** Valid path values in the world, by parameter name: the resource the path is about, owned by the caller's branch. */
async function validParams(world: World, endpoint: Endpoint): Promise<Record<string, string>> {
  const common = { userId: world.workers[0]!.id, branchId: world.branchId, code: await makeInvite(world), year: '2031', stage: 'after' };
  if (endpoint.path.startsWith('/api/events/')) return { ...common, id: await makeEvent(world) };
  if (endpoint.path.startsWith('/api/regions/:id')) return { ...common, id: world.regionId };
  if (endpoint.path.startsWith('/api/auth/tickets/:id'))
    return {
      ...common,
      id: (
        await call('POST', '/api/auth/tickets', {
          headers: { 'cf-connecting-ip': `10.8.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}` },
        })
      ).body.id,
    };
  if (endpoint.path.startsWith('/api/feedback/:id')) {
    const feedback = await call('POST', `/api/branches/${world.branchId}/feedback`, {
      token: world.people.secretary.token,
      body: { category: 'hazard', text: '脚手架连墙件缺失', anonymous: false },
    });
    return { ...common, id: feedback.body.id, photoId: feedback.body.id };
  }
  if (!/^\/api\/(banks|contests|attempts)\/:id/.test(endpoint.path)) return { ...common, id: world.branchId };
  const bank = await makeBank(world, { single: 2, judge: 1 });
  if (endpoint.path.startsWith('/api/banks/')) return { ...common, id: bank.bankId, questionId: bank.questions[0]!.id };
  const contestId = await makeContest(world, bank, { draw: [{ type: 'single', count: 1 }] });
  if (endpoint.path.startsWith('/api/contests/')) return { ...common, id: contestId };
  // The caller's own attempt (the secretary is a member of the branch too).
  const attempt = await call('POST', `/api/contests/${contestId}/attempts`, { token: world.people.secretary.token });
  return { ...common, id: attempt.body.id, questionId: attempt.body.questions[0].id };
}

function fillPath(path: string, params: Record<string, string>): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => encodeURIComponent(params[name] ?? 'missing'));
}

const isInvalid = (schema: z.ZodMiniType | undefined) => (value: unknown) => !schema?.safeParse(value).success;

/** JSON bodies the route's schema refuses (any body at all, for routes that take none). */
function invalidBodies(endpoint: Endpoint) {
  const json = fc.oneof(
    fc.jsonValue(),
    fc.dictionary(
      fc.constantFrom(
        'name',
        'role',
        'kind',
        'code',
        'phone',
        'workTeam',
        'maxUses',
        'expiresInHours',
        'address',
        'coUnits',
        'extra',
        'title',
        'placeName',
        'startsAt',
        'endsAt',
        'geofence',
        'token',
        'digits',
        'offline',
        'location',
        'status',
        'reason',
        'userId',
        'decision',
        'note',
        'type',
        'stem',
        'options',
        'answer',
        'tags',
        'difficulty',
        'bankIds',
        'draw',
        'points',
        'opensAt',
        'closesAt',
        'timeLimitMinutes',
        'questionId',
        'category',
        'text',
        'place',
        'anonymous',
        'to',
        'level',
        'comment',
        'acceptDays',
        'resolveDays',
        'followUpDays',
        'holidays',
        'workdays',
        'date',
        'userIds',
        'allPending',
        'scannedAt',
        'offlineGraceMinutes',
        'offlineAutoAccept',
        'keepPoolPrivate',
        'approve',
        'secret',
      ),
      fc.jsonValue(),
    ),
  );
  return json.filter(isInvalid(endpoint.body)).map((value) => ({ raw: JSON.stringify(value) }));
}

/** Text that is not JSON at all. */
const malformedJson = fc.string({ minLength: 1 }).filter((s) => {
  try {
    JSON.parse(s);
    return false;
  } catch {
    return true;
  }
});

function invalidQueries(endpoint: Endpoint) {
  const key = fc.oneof(
    fc.constantFrom('role', 'workTeam', 'q', 'by', 'from', 'to', 'status', 'search', 'offset', 'branchId'),
    fc.string({ minLength: 1, maxLength: 8 }),
  );
  return fc
    .dictionary(key, fc.string({ maxLength: 30 }), { minKeys: 1 })
    .filter((query) => {
      const parsed = new URLSearchParams(query);
      return isInvalid(endpoint.query ?? NoQuerySchema)(Object.fromEntries(parsed));
    })
    .map((query) => new URLSearchParams(query).toString())
    .filter((query) => query.length > 0);
}

/** Ids that name nothing: random words, wrong shapes, path tricks. */
const badIds = fc.oneof(
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.stringMatching(/^[0-9a-z]{16}$/),
  fc.constantFrom('..', '%00', 'null', 'undefined', '0', '-1', "' OR 1=1 --", 'A'.repeat(500)),
);

function expectRefused(res: { status: number; body: unknown }, what: string) {
  expect(res.status, `${what} → ${JSON.stringify(res.body)}`).toBeGreaterThanOrEqual(400);
  expect(res.status, what).toBeLessThan(500);
  expect(ErrorBodySchema.safeParse(res.body).success, `${what} error shape`).toBe(true);
}

describe.each(Object.entries(endpoints))('%s', (_name, endpoint: Endpoint) => {
  const method = endpoint.method.toUpperCase();

  it('refuses invalid input with a 4xx and writes nothing', async () => {
    const world = await makeWorld();
    const role = callerFor(endpoint);
    const token = role === 'none' ? undefined : world.people[role].token;
    const params = await validParams(world, endpoint);
    const path = fillPath(endpoint.path, params);
    const before = await snapshotDatabase();
    let sent = 0;

    await fc.assert(
      fc.asyncProperty(invalidQueries(endpoint), async (query) => {
        sent++;
        expectRefused(await call(method, `${path}?${query}`, { token }), `query ${query}`);
      }),
      { numRuns: RUNS },
    );

    if (method !== 'GET') {
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            invalidBodies(endpoint),
            malformedJson.map((raw) => ({ raw })),
          ),
          async ({ raw }) => {
            sent++;
            const res = await call(method, path, { token, rawBody: raw, headers: { 'content-type': 'application/json' } });
            expectRefused(res, `body ${raw}`);
          },
        ),
        { numRuns: RUNS },
      );
    }

    const names = [...endpoint.path.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1]!);
    if (names.length > 0) {
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...names), badIds, async (name, bad) => {
          sent++;
          const res = await call(method, fillPath(endpoint.path, { ...params, [name]: bad }), { token });
          expectRefused(res, `${name}=${bad}`);
        }),
        { numRuns: RUNS },
      );
    }

    expect(sent).toBeGreaterThanOrEqual(RUNS);
    expect(await snapshotDatabase()).toEqual(before);
  });
});
