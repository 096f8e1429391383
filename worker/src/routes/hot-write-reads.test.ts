/**
 * DESIGN's budgets for the hot writes (check-in, answer save, submit): one D1 round trip on the
 * happy path, and a small constant number of rows read that stays the same whether the tables
 * hold a few rows or tens of thousands. Measured with a metered wrapper around the real local D1.
 */
import { codeWindowAt, deriveEventKey, qrToken } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { meteredD1, type D1Meter } from '../db/meter';
import { call, makeBank, makeContest, makeEvent, makePerson, makeWorld, type World } from '../../test/fixtures';

/** How many other people's rows the large measurement runs against (each with ~8 rows of history). */
const BULK_PEOPLE = 100_000;
/**
 * Rows a hot write may read, at any table size. A submit reads its own attempt's answers and
 * questions (4 here, about ten rows each); the exact count wobbles by a few rows with where the
 * random ids fall in the indexes. Anything that scanned would read tens of thousands.
 */
const MAX_ROWS_READ = { checkin: 10, answerSave: 10, submit: 60 };

type Measured = Pick<D1Meter, 'roundTrips' | 'rowsRead' | 'unmetered' | 'perStatement'>;

/** A new member signs in to the event, then answers one question and submits; each write metered on its own. */
async function measureHotWrites(world: World, eventId: string, contestId: string) {
  const person = await makePerson('计量工友');
  await env.DB.prepare(`INSERT INTO memberships (branch_id, user_id, role, joined_at) VALUES (?1, ?2, 'member', ?3)`)
    .bind(world.branchId, person.id, Date.now())
    .run();
  const attempt = (await call('POST', `/api/contests/${contestId}/attempts`, { token: person.token })).body;
  const { db, meter, reset } = meteredD1(env.DB);
  const bindings = { ...env, DB: db };
  const metered = async (method: string, path: string, body: object): Promise<Measured> => {
    reset();
    const res = await call(method, path, { token: person.token, body, bindings });
    expect(res.status).toBe(200);
    return { roundTrips: meter.roundTrips, rowsRead: meter.rowsRead, unmetered: meter.unmetered, perStatement: meter.perStatement };
  };
  const token = qrToken(deriveEventKey(env.CHECKIN_SECRET!, eventId), eventId, codeWindowAt(Date.now()));
  return {
    checkin: await metered('POST', `/api/events/${eventId}/checkins`, { token }),
    answerSave: await metered('PUT', `/api/attempts/${attempt.id}/answers/${attempt.questions[0].id}`, { answer: 'A', backgroundCount: 1 }),
    submit: await metered('POST', `/api/attempts/${attempt.id}/submit`, {}),
  };
}

/** Many other people (BULK_PEOPLE) with a membership, a check-in, a submitted attempt with answers, an entry and wrong guesses. */
async function addBulkHistory(world: World, eventId: string, contestId: string, bankId: string) {
  const prefix = `bulk-${crypto.randomUUID()}-`;
  const now = Date.now();
  const d1 = env.DB;
  const bulk = `SELECT id FROM users WHERE id >= ?1 AND id < ?1 || 'z'`;
  await d1
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?2)
     INSERT INTO users (id, openid, name, created_at, updated_at) SELECT ?1 || i, 'openid-' || ?1 || i, '批量工友' || i, ?3, ?3 FROM n`,
    )
    .bind(prefix, BULK_PEOPLE, now)
    .run();
  await d1.batch([
    d1
      .prepare(
        `INSERT INTO memberships (branch_id, user_id, role, work_team, joined_at) SELECT ?2, id, 'member', '钢筋班', ?3 FROM (${bulk})`,
      )
      .bind(prefix, world.branchId, now),
    d1
      .prepare(
        `INSERT INTO checkins (event_id, user_id, method, checked_in_at, late, offline, created_at) SELECT ?2, id, 'qr', ?3, 0, 0, ?3 FROM (${bulk})`,
      )
      .bind(prefix, eventId, now),
    d1
      .prepare(`INSERT INTO checkin_failures (user_id, event_id, minute, count) SELECT id, ?2, ?3, 2 FROM (${bulk})`)
      .bind(prefix, eventId, Math.floor(now / 60_000)),
    d1
      .prepare(
        `INSERT INTO sessions (id, user_id, kind, created_at, expires_at) SELECT 'session-' || id, id, 'wechat', ?2, ?2 + 86400000 FROM (${bulk})`,
      )
      .bind(prefix, now),
    d1
      .prepare(
        `INSERT INTO attempts (id, contest_id, user_id, branch_id, items, started_at, deadline, submitted_at, score, correct_count, time_used_ms)
       SELECT 'attempt-' || id, ?2, id, ?3, '[]', ?4 - 600000, ?4 + 600000, ?4, 5, 2, 300000 FROM (${bulk})`,
      )
      .bind(prefix, contestId, world.branchId, now),
    d1
      .prepare(
        `INSERT INTO attempt_answers (attempt_id, question_id, position, answer, saved_at, correct, points)
       SELECT 'attempt-' || u.id, q.id, 0, 'A', ?3, 1, 2 FROM (${bulk}) u, (SELECT id FROM questions WHERE bank_id = ?2 LIMIT 4) q`,
      )
      .bind(prefix, bankId, now),
    d1
      .prepare(
        `INSERT INTO contest_entries (contest_id, user_id, branch_id, score, time_used_ms, attempt_id, updated_at)
       SELECT ?2, id, ?3, 5, 300000, 'attempt-' || id, ?4 FROM (${bulk})`,
      )
      .bind(prefix, contestId, world.branchId, now),
  ]);
}

describe('hot writes at scale', () => {
  it('take one D1 round trip and read a few rows, with 100,000 people of history as with none', { timeout: 120_000 }, async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const bank = await makeBank(world, { single: 10, multiple: 5, judge: 5 });
    const contestId = await makeContest(world, bank);

    const small = await measureHotWrites(world, eventId, contestId);
    await addBulkHistory(world, eventId, contestId, bank.bankId);
    const history = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM checkins WHERE event_id = ?1) AS checkins, (SELECT count(*) FROM attempt_answers) AS answers,
         (SELECT count(*) FROM contest_entries WHERE contest_id = ?2) AS entries`,
    )
      .bind(eventId, contestId)
      .first<{ checkins: number; answers: number; entries: number }>();
    expect(history!.checkins).toBeGreaterThan(BULK_PEOPLE);
    expect(history!.answers).toBeGreaterThan(4 * BULK_PEOPLE);
    expect(history!.entries).toBeGreaterThan(BULK_PEOPLE);
    const large = await measureHotWrites(world, eventId, contestId);
    const figures = (m: typeof small) =>
      Object.entries(m)
        .map(([write, { rowsRead }]) => `${write} ${rowsRead}`)
        .join(', ');
    console.info(`rows read per hot write: a fresh branch ${figures(small)}; with ${BULK_PEOPLE} people of history ${figures(large)}`);

    for (const measured of [small, large]) {
      for (const write of ['checkin', 'answerSave', 'submit'] as const) {
        const where = `${write}: ${JSON.stringify(measured[write].perStatement)}`;
        expect(measured[write].roundTrips, where).toBe(1);
        expect(measured[write].unmetered, where).toBe(0);
        expect(measured[write].rowsRead, where).toBeLessThanOrEqual(MAX_ROWS_READ[write]);
      }
    }
  });
});
