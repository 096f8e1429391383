/**
 * The soak test's reads of the database as it is on disk, with the worker stopped (what survives
 * is what is in the file): check-ins and the events' counters, contest entries and their branch
 * stats, feedback and the dashboards' count of it.
 */
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { localD1File, type LocalState } from '../e2e/local-worker';

/** The database as it is on disk, read with the worker stopped (what survives is what is in the file). */
export function onDisk<T>(state: LocalState, read: (db: Database.Database) => T): T {
  const db = new Database(localD1File(state), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Rows and counters of some events: check-ins per (event, person), and the events' own counts. */
function checkinsOf(state: LocalState, eventIds: string[]) {
  return onDisk(state, (db) => {
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

/** Every acknowledged check-in of the events stored, each once, one per person and event, and the counters agreeing with the rows. */
export function expectEachOnce(state: LocalState, acknowledged: Set<string>, eventIds: string[], people: number) {
  const { rows, counters } = checkinsOf(state, eventIds);
  const keys = rows.map((r) => `${r.eventId} ${r.userId}`);
  expect(new Set(keys).size).toBe(keys.length);
  const stored = new Set(keys);
  const missing = [...acknowledged].filter((key) => !stored.has(key));
  expect(missing).toEqual([]);
  expect(rows.length).toBe(people * eventIds.length);
  for (const c of counters) {
    expect(c.confirmed).toBe(c.confirmedRows);
    expect(c.pending).toBe(c.pendingRows);
  }
  return rows;
}

/** Feedback the demo site has received, as the dashboards count it. */
export const demoSiteFeedbackReceived = (db: Database.Database) =>
  (db.prepare(`SELECT coalesce(sum(received), 0) AS n FROM branch_month_feedback WHERE branch_id = 'demo-site'`).get() as { n: number }).n;

/** The region contest's entries of these people. */
export const regionContestEntriesOf = (db: Database.Database, userIds: string[]) =>
  db
    .prepare(
      `SELECT user_id AS userId, score, attempt_id AS attemptId FROM contest_entries WHERE contest_id = 'demo-contest-region' AND user_id IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(userIds)) as { userId: string; score: number; attemptId: string }[];

/** The demo site's stats of the region contest (participants, score sum), as stored and as its entries add up. */
export function demoSiteContestStats(db: Database.Database) {
  const stored = db
    .prepare(
      `SELECT participants, score_sum AS scoreSum FROM contest_branch_stats WHERE contest_id = 'demo-contest-region' AND branch_id = 'demo-site'`,
    )
    .get() as { participants: number; scoreSum: number };
  const fromEntries = db
    .prepare(
      `SELECT count(*) AS participants, coalesce(sum(score), 0) AS scoreSum FROM contest_entries WHERE contest_id = 'demo-contest-region' AND branch_id = 'demo-site'`,
    )
    .get();
  return { stored, fromEntries };
}

/** The demo site's feedback items of these people. */
export const demoSiteFeedbackOf = (db: Database.Database, userIds: string[]) =>
  db
    .prepare(`SELECT user_id AS userId, id FROM feedback WHERE branch_id = 'demo-site' AND user_id IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(userIds)) as { userId: string; id: string }[];
