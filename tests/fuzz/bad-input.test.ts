/**
 * Bad input, generated: for every route, at least 200 invalid bodies, 200 invalid query strings
 * and (where the path has ids) 200 unknown or malformed ids, sent by a caller who is allowed to
 * use the route. Every answer must be a 4xx in the error shape, and the database must be exactly
 * as it was before.
 */
import { ErrorBodySchema, endpoints, type Endpoint } from '@sitebranch/shared';
import { call, makeWorld, snapshotDatabase } from '@sitebranch/worker/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { callerFor, fillPath, validParams } from './callers';
import { badIds, invalidBodies, invalidQueries, malformedJson } from './invalid-input';

const RUNS = 200;

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
