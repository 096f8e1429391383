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
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareState, startWorker, type LocalState, type RunningWorker } from '../e2e/local-worker';
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
import {
  demoSiteContestStats,
  demoSiteFeedbackOf,
  demoSiteFeedbackReceived,
  expectEachOnce,
  onDisk,
  regionContestEntriesOf,
} from './on-disk';
import { answeredAttempt, sendFeedback, sendSubmit } from './submits';

const PEOPLE = Number(process.env.SOAK_PEOPLE ?? 2000);
const EVENTS = 5;
const CONCURRENCY = 100;
const PORT = 8833;

let state: LocalState;
let worker: RunningWorker;
let people: Person[];
let secretary: string;

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);
/** The run's figures, for the record (README, docs/scale.md). */
const report = (line: string) => console.log(`[soak] ${line}`);

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
      state,
      tally.acknowledged,
      events.map((e) => e.id),
      PEOPLE,
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
      state,
      tally.acknowledged,
      events.map((e) => e.id),
      PEOPLE,
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
      attempts.set(person, await answeredAttempt(base, person));
    });
    const feedbackBefore = onDisk(state, demoSiteFeedbackReceived);

    // Every submit at once; the worker dies as soon as the first few are answered.
    const answered = new Map<string, Answered>();
    const submitAll = () =>
      Promise.all(
        takers.map(async (person) => {
          const submit = await sendSubmit(base, person, attempts.get(person)!);
          if (!('network' in submit)) answered.set(`submit ${person.userId}`, submit);
          const feedback = await sendFeedback(base, person);
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
      retried.set(`submit ${person.userId}`, await untilAnswered(() => sendSubmit(base, person, attempts.get(person)!)));
      retried.set(`feedback ${person.userId}`, await untilAnswered(() => sendFeedback(base, person)));
    });
    expect([...retried].filter(([, r]) => r.status >= 300)).toEqual([]);
    for (const [key, first] of answeredBeforeTheKill) {
      expect(first.status).toBeLessThan(300);
      const again = retried.get(key)!.body;
      expect(key.startsWith('submit') ? again.score : again.id).toBe(key.startsWith('submit') ? first.body.score : first.body.id);
    }
    await worker.stop();

    onDisk(state, (db) => {
      const ids = takers.map((p) => p.userId);
      const entries = regionContestEntriesOf(db, ids);
      expect(entries.length).toBe(takers.length);
      for (const person of takers) {
        const entry = entries.find((e) => e.userId === person.userId)!;
        expect(entry.attemptId).toBe(attempts.get(person));
        expect(entry.score).toBe(retried.get(`submit ${person.userId}`)!.body.score);
      }
      const stats = demoSiteContestStats(db);
      expect(stats.stored).toEqual(stats.fromEntries);

      const stored = demoSiteFeedbackOf(db, ids);
      expect(stored.length).toBe(takers.length);
      for (const person of takers)
        expect(stored.find((f) => f.userId === person.userId)!.id).toBe(retried.get(`feedback ${person.userId}`)!.body.id);
      expect(demoSiteFeedbackReceived(db)).toBe(feedbackBefore + takers.length);
    });
    worker = await startWorker(state, { port: PORT });
  });
});
