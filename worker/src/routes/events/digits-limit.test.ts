/**
 * The 6-digit code's wrong-guess limit is a limit, not an oracle: past it every guess gets the same
 * answer, right or wrong; the limit holds per event across all people, so a group cannot split the
 * search; and nothing is written for an event the person cannot check in to.
 */
import { codeWindowAt, deriveEventKey, digitsCode, WRONG_DIGITS_LIMIT } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makePerson, makeWorld, type Person, type World } from '../../../test/fixtures';

const rightDigits = (eventId: string) => digitsCode(deriveEventKey(env.CHECKIN_SECRET!, eventId), eventId, codeWindowAt(Date.now()));
const wrongDigits = (eventId: string) => (rightDigits(eventId) === '000000' ? '111111' : '000000');
const guess = (eventId: string, person: Person, digits: string) =>
  call('POST', `/api/events/${eventId}/checkins`, { token: person.token, body: { digits } });
const failureRows = async (eventId: string) =>
  (await env.DB.prepare(
    'SELECT (SELECT count(*) FROM checkin_failures WHERE event_id = ?1) + (SELECT count(*) FROM checkin_event_failures WHERE event_id = ?1) AS n',
  )
    .bind(eventId)
    .first<{ n: number }>())!.n;

async function members(world: World, count: number): Promise<Person[]> {
  const people = await Promise.all(Array.from({ length: count }, (_, i) => makePerson(`猜码工友${i}`)));
  await env.DB.batch(
    people.map((p) =>
      env.DB.prepare("INSERT INTO memberships (branch_id, user_id, role, joined_at) VALUES (?1, ?2, 'masses', ?3)").bind(
        world.branchId,
        p.id,
        Date.now(),
      ),
    ),
  );
  return people;
}

describe('the wrong-guess limit', () => {
  it('past five wrong guesses, the right code and a wrong one get the same 429', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const person = world.people.masses;
    for (let i = 0; i < WRONG_DIGITS_LIMIT.perPerson; i++) expect((await guess(eventId, person, wrongDigits(eventId))).status).toBe(400);
    const right = await guess(eventId, person, rightDigits(eventId));
    const wrong = await guess(eventId, person, wrongDigits(eventId));
    expect([right.status, right.body.error.code, right.body.error.message]).toEqual([
      wrong.status,
      wrong.body.error.code,
      wrong.body.error.message,
    ]);
    expect(right.status).toBe(429);
  });

  it('holds across people: a group that spreads its guesses is stopped at the event’s limit', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const perPerson = WRONG_DIGITS_LIMIT.perPerson - 1; // each stays under their own limit
    const group = await members(world, Math.ceil(WRONG_DIGITS_LIMIT.perEvent / perPerson));
    for (const person of group) {
      for (let i = 0; i < perPerson; i++) await guess(eventId, person, wrongDigits(eventId));
    }
    const newcomer = (await members(world, 1))[0]!;
    const right = await guess(eventId, newcomer, rightDigits(eventId));
    expect(right.status).toBe(429);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM checkins WHERE event_id = ?1').bind(eventId).first('n')).toBe(0);
    // The QR code is not guessable, so it still works.
    const other = await makeEvent(world);
    expect((await guess(other, newcomer, rightDigits(other))).status).toBe(200);
  });

  it('someone outside the branch gets 403 for right and wrong digits alike, and nothing is written', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    for (const who of [world.people.outsider, world.people.otherSecretary]) {
      const right = await guess(eventId, who, rightDigits(eventId));
      const wrong = await guess(eventId, who, wrongDigits(eventId));
      expect([right.status, wrong.status]).toEqual([403, 403]);
      expect(right.body.error.message).toBe(wrong.body.error.message);
    }
    expect(await failureRows(eventId)).toBe(0);
  });

  it('guesses at an event that does not exist write nothing', async () => {
    const world = await makeWorld();
    const res = await guess('no-such-event-0000', world.people.member, '123456');
    expect(res.status).toBe(404);
    expect(await failureRows('no-such-event-0000')).toBe(0);
  });
});
