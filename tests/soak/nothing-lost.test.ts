/**
 * Load with nothing lost, and the worker killed in the middle of it (`npm run soak`; also in the
 * test command). Against the real `wrangler dev` (workerd, D1 on local SQLite): 2,000 people of the
 * demo site check in to 5 events each, 100 at a time. Then the same load again while the whole
 * `wrangler dev` process tree is killed (SIGKILL, as a power cut would) and started again on the
 * same state; the clients keep what got no answer and send it again, as the app does. Last, contest
 * submits and feedback submits in flight when the worker dies, retried. Each time the database
 * itself is read afterwards: every acknowledged write is there, none twice, and the counters the
 * dashboards read agree with the rows.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localD1File, prepareState, startWorker, type LocalState, type RunningWorker } from '../e2e/local-worker';
import { pool } from '../bench/lib';
import {
  type Answered,
  checkInLikeTheApp,
  demoSitePeople,
  everyoneAtEveryEvent,
  newTally,
  openEvents,
  send,
  serverErrors,
  untilAnswered,
  type Person,
} from './clients';

const PEOPLE = Number(process.env.SOAK_PEOPLE ?? 2000);
const EVENTS = 5;
const CONCURRENCY = 100;
const PORT = 8833;

let state: LocalState;
let worker: RunningWorker;
let people: Person[];
let secretary: string;

/** The database as it is on disk, read with the worker stopped (what survives is what is in the file). */
function onDisk<T>(read: (db: Database.Database) => T): T {
  const db = new Database(localD1File(state), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
/** The run's figures, for the record (README, docs/scale.md). */
const report = (line: string) => console.log(`[soak] ${line}`);

/** One person's feedback, with the submission id the phone keeps for sending it again. */
const feedbackOf = (person: Person) => ({
  category: 'request',
  text: '宿舍热水器坏了，请尽快修理。',
  anonymous: false,
  clientRef: `soak${person.userId.replace(/[^0-9A-Za-z]/g, '')}`.slice(0, 40).padEnd(16, '0'),
});

/** Rows and counters of some events: check-ins per (event, person), and the events' own counts. */
function checkinsOf(eventIds: string[]) {
  return onDisk((db) => {
    const ids = JSON.stringify(eventIds);
    const rows = db
      .prepare(`SELECT event_id AS eventId, user_id AS userId, status FROM checkins WHERE event_id IN (SELECT value FROM json_each(?))`)
      .all(ids) as { eventId: string; userId: string; status: string }[];
    const counters = db
      .prepare(
        `SELECT e.id, e.checkin_count AS confirmed, e.pending_count AS pending,
           (SELECT count(*) FROM checkins c WHERE c.event_id = e.id AND c.status = 'confirmed') AS confirmedRows,
           (SELECT count(*) FROM checkins c WHERE c.event_id = e.id AND c.status = 'pending') AS pendingRows
         FROM events e WHERE e.id IN (SELECT value FROM json_each(?))`,
      )
      .all(ids) as { id: string; confirmed: number; pending: number; confirmedRows: number; pendingRows: number }[];
    return { rows, counters };
  });
}

function expectEachOnce(acknowledged: Set<string>, eventIds: string[]) {
  const { rows, counters } = checkinsOf(eventIds);
  const keys = rows.map((r) => `${r.eventId} ${r.userId}`);
  expect(new Set(keys).size).toBe(keys.length);
  const stored = new Set(keys);
  const missing = [...acknowledged].filter((key) => !stored.has(key));
  expect(missing).toEqual([]);
  expect(rows.length).toBe(PEOPLE * eventIds.length);
  for (const c of counters) {
    expect(c.confirmed).toBe(c.confirmedRows);
    expect(c.pending).toBe(c.pendingRows);
  }
  return rows;
}

beforeAll(async () => {
  state = prepareState(new URL('../.tmp/soak-state', import.meta.url).pathname);
  worker = await startWorker(state, { port: PORT });
  secretary = (await untilAnswered(() => send(worker.baseUrl, 'POST', '/api/auth/dev', undefined, { name: '张建国' }))).body.token;
  people = await demoSitePeople(worker.baseUrl, '压力工友', PEOPLE);
}, 600_000);

afterAll(async () => {
  await worker?.stop();
});

describe('load with nothing lost', () => {
  it(`takes ${PEOPLE * EVENTS} check-ins by ${PEOPLE} people over ${EVENTS} events, ${CONCURRENCY} at a time: no 5xx, each once`, {
    timeout: 600_000,
  }, async () => {
    const events = await openEvents(
      worker.baseUrl,
      secretary,
      Array.from({ length: EVENTS }, (_, i) => `压力测试班前会 ${i + 1}`),
    );
    const tally = newTally();
    const started = performance.now();
    await pool(everyoneAtEveryEvent(people, events), CONCURRENCY, ({ person, event }) =>
      checkInLikeTheApp(worker.baseUrl, person, event, tally),
    );
    report(`load: ${PEOPLE * EVENTS} check-ins in ${seconds(started)} s, statuses ${JSON.stringify([...tally.statuses])}`);

    expect(serverErrors(tally)).toBe(0);
    expect(tally.networkErrors).toBe(0);
    expect(tally.statuses.get(200)).toBe(PEOPLE * EVENTS);
    expect(tally.acknowledged.size).toBe(PEOPLE * EVENTS);
    await worker.stop();
    const rows = expectEachOnce(
      tally.acknowledged,
      events.map((e) => e.id),
    );
    expect(rows.every((r) => r.status === 'confirmed')).toBe(true);
    worker = await startWorker(state, { port: PORT });
  });

  it('loses no acknowledged check-in and doubles none when the worker is killed in the middle and started again', {
    timeout: 600_000,
  }, async () => {
    const events = await openEvents(
      worker.baseUrl,
      secretary,
      Array.from({ length: EVENTS }, (_, i) => `断电测试班前会 ${i + 1}`),
    );
    const tally = newTally();
    const started = performance.now();
    const load = pool(everyoneAtEveryEvent(people, events), CONCURRENCY, ({ person, event }) =>
      checkInLikeTheApp(worker.baseUrl, person, event, tally),
    );
    // Kill the whole tree once half the check-ins are acknowledged, and bring it back on the same files.
    while (tally.acknowledged.size < (PEOPLE * EVENTS) / 2) await new Promise((resolve) => setTimeout(resolve, 20));
    await worker.kill();
    const acknowledgedBeforeTheKill = new Set(tally.acknowledged);
    const killedAt = performance.now();
    worker = await startWorker(state, { port: PORT });
    const back = seconds(killedAt);
    await load;
    report(
      `crash: killed with ${acknowledgedBeforeTheKill.size} acknowledged, answering again after ${back} s; ${tally.retried} scans kept and sent again, ` +
        `${tally.networkErrors} calls without an answer, all ${PEOPLE * EVENTS} in after ${seconds(started)} s, statuses ${JSON.stringify([...tally.statuses])}`,
    );

    expect(tally.networkErrors).toBeGreaterThan(0);
    expect(tally.retried).toBeGreaterThan(0);
    expect(serverErrors(tally)).toBe(0);
    expect(tally.statuses.get(200)).toBe(PEOPLE * EVENTS);
    await worker.stop();
    const rows = expectEachOnce(
      tally.acknowledged,
      events.map((e) => e.id),
    );
    const stored = new Set(rows.map((r) => `${r.eventId} ${r.userId}`));
    expect([...acknowledgedBeforeTheKill].every((key) => stored.has(key))).toBe(true);
    worker = await startWorker(state, { port: PORT });
  });

  it('scores a contest submit once and stores a feedback item once when the worker dies with them in flight', {
    timeout: 600_000,
  }, async () => {
    const takers = people.slice(0, 100);
    const base = () => worker.baseUrl;
    const attempts = new Map<Person, string>();
    await pool(takers, 20, async (person) => {
      const attempt = (await untilAnswered(() => send(base(), 'POST', '/api/contests/demo-contest-region/attempts', person.token, {})))
        .body;
      for (const [n, q] of (attempt.questions as { id: string }[]).entries()) {
        await untilAnswered(() =>
          send(base(), 'PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, person.token, { answer: n % 2 ? 'A' : 'B' }),
        );
      }
      attempts.set(person, attempt.id);
    });
    const feedbackBefore = onDisk(
      (db) =>
        db.prepare(`SELECT coalesce(sum(received), 0) AS n FROM branch_month_feedback WHERE branch_id = 'demo-site'`).get() as {
          n: number;
        },
    ).n;

    // Every submit at once; the worker dies as soon as the first few are answered.
    const answered = new Map<string, Answered>();
    const submitAll = () =>
      Promise.all(
        takers.map(async (person) => {
          const submit = await send(base(), 'POST', `/api/attempts/${attempts.get(person)}/submit`, person.token, {});
          if (!('network' in submit)) answered.set(`submit ${person.userId}`, submit);
          const feedback = await send(base(), 'POST', '/api/branches/demo-site/feedback', person.token, feedbackOf(person));
          if (!('network' in feedback)) answered.set(`feedback ${person.userId}`, feedback);
        }),
      );
    const firstRound = submitAll();
    while (answered.size < 10) await new Promise((resolve) => setTimeout(resolve, 5));
    await worker.kill();
    await firstRound;
    const answeredBeforeTheKill = new Map(answered);
    report(`submits: ${answeredBeforeTheKill.size} of ${2 * takers.length} contest and feedback submits answered before the kill`);
    expect(answeredBeforeTheKill.size).toBeLessThan(2 * takers.length);
    worker = await startWorker(state, { port: PORT });

    // The app sends each again, answered or not (a retry must never count twice).
    const retried = new Map<string, Answered>();
    await pool(takers, 20, async (person) => {
      retried.set(
        `submit ${person.userId}`,
        await untilAnswered(() => send(base(), 'POST', `/api/attempts/${attempts.get(person)}/submit`, person.token, {})),
      );
      retried.set(
        `feedback ${person.userId}`,
        await untilAnswered(() => send(base(), 'POST', '/api/branches/demo-site/feedback', person.token, feedbackOf(person))),
      );
    });
    expect([...retried].filter(([, r]) => r.status >= 300)).toEqual([]);
    for (const [key, first] of answeredBeforeTheKill) {
      expect(first.status).toBeLessThan(300);
      const again = retried.get(key)!.body;
      expect(key.startsWith('submit') ? again.score : again.id).toBe(key.startsWith('submit') ? first.body.score : first.body.id);
    }
    await worker.stop();

    onDisk((db) => {
      const ids = JSON.stringify(takers.map((p) => p.userId));
      const entries = db
        .prepare(
          `SELECT user_id AS userId, score, attempt_id AS attemptId FROM contest_entries WHERE contest_id = 'demo-contest-region' AND user_id IN (SELECT value FROM json_each(?))`,
        )
        .all(ids) as { userId: string; score: number; attemptId: string }[];
      expect(entries.length).toBe(takers.length);
      for (const person of takers) {
        const entry = entries.find((e) => e.userId === person.userId)!;
        expect(entry.attemptId).toBe(attempts.get(person));
        expect(entry.score).toBe(retried.get(`submit ${person.userId}`)!.body.score);
      }
      const stats = db
        .prepare(
          `SELECT participants, score_sum AS scoreSum FROM contest_branch_stats WHERE contest_id = 'demo-contest-region' AND branch_id = 'demo-site'`,
        )
        .get() as { participants: number; scoreSum: number };
      const fromEntries = db
        .prepare(
          `SELECT count(*) AS participants, coalesce(sum(score), 0) AS scoreSum FROM contest_entries WHERE contest_id = 'demo-contest-region' AND branch_id = 'demo-site'`,
        )
        .get();
      expect(stats).toEqual(fromEntries);

      const stored = db
        .prepare(`SELECT user_id AS userId, id FROM feedback WHERE branch_id = 'demo-site' AND user_id IN (SELECT value FROM json_each(?))`)
        .all(ids) as { userId: string; id: string }[];
      expect(stored.length).toBe(takers.length);
      for (const person of takers)
        expect(stored.find((f) => f.userId === person.userId)!.id).toBe(retried.get(`feedback ${person.userId}`)!.body.id);
      const received = (
        db.prepare(`SELECT sum(received) AS n FROM branch_month_feedback WHERE branch_id = 'demo-site'`).get() as { n: number }
      ).n;
      expect(received).toBe(feedbackBefore + takers.length);
    });
    worker = await startWorker(state, { port: PORT });
  });
});
