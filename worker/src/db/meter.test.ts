/** The bench's view of D1: with D1_METER on, each answer reports the round trips and rows it cost. */
import { codeWindowAt, D1_METER_HEADER, deriveEventKey, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makePerson, makeWorld } from '../../test/fixtures';

const parse = (header: string | null) =>
  Object.fromEntries(
    (header ?? '')
      .split(', ')
      .map((pair) => pair.split('='))
      .map(([k, v]) => [k, Number(v)]),
  );

describe('the D1 meter header', () => {
  it('reports a check-in as one round trip that reads a few rows and writes some, only when D1_METER is on', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const checkIn = async (bindings: typeof env) => {
      const person = await makePerson('计量工友');
      await env.DB.prepare(`INSERT INTO memberships (branch_id, user_id, role, joined_at) VALUES (?1, ?2, 'member', ?3)`)
        .bind(world.branchId, person.id, Date.now())
        .run();
      const token = qrToken(deriveEventKey(env.CHECKIN_SECRET!, eventId), eventId, codeWindowAt(Date.now()));
      return call('POST', `/api/events/${eventId}/checkins`, { token: person.token, body: { token }, bindings });
    };

    const off = await checkIn(env);
    expect(off.status).toBe(200);
    expect(off.headers.get(D1_METER_HEADER)).toBeNull();

    const on = await checkIn({ ...env, D1_METER: 'on' });
    expect(on.status).toBe(200);
    const figures = parse(on.headers.get(D1_METER_HEADER));
    expect(figures['round-trips']).toBe(1);
    expect(figures['rows-read']).toBeGreaterThan(0);
    expect(figures['rows-read']).toBeLessThanOrEqual(10);
    expect(figures['rows-written']).toBeGreaterThan(0);
    expect(figures.unmetered).toBe(0);
  });
});
