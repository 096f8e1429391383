/**
 * Clients for the load and crash tests that behave as the app does on a site's network: a call
 * that gets no answer (the worker died, the connection dropped) is a network error, not a failure,
 * and what the app would keep and send again is sent again until an answer comes.
 */
import { codeWindowAt, qrToken } from '@sitebranch/shared';
import { type LooseJson, pool } from '../bench/lib';

/** What the server answered (its JSON, or null for none). */
export type Answered = { status: number; body: LooseJson };
export type Answer = Answered | { network: true };

export async function send(base: string, method: string, path: string, token?: string, body?: unknown): Promise<Answer> {
  try {
    const res = await fetch(base + path, {
      method,
      headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(60_000),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  } catch {
    return { network: true };
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sends the same request again (as the app's queue does) until it gets an answer. */
export async function untilAnswered(request: () => Promise<Answer>, pauseMs = 500): Promise<Answered> {
  for (;;) {
    const answer = await request();
    if (!('network' in answer)) return answer;
    await sleep(pauseMs);
  }
}

/** What the server answered to the load: every status seen, and the check-ins it acknowledged. */
export interface Tally {
  statuses: Map<number, number>;
  networkErrors: number;
  /** `eventId userId` of every check-in answered 200, first try or retried. */
  acknowledged: Set<string>;
  /** How many went in only after the app had kept them (sent again as offline scans). */
  retried: number;
}

export const newTally = (): Tally => ({ statuses: new Map(), networkErrors: 0, acknowledged: new Set(), retried: 0 });
const count = (tally: Tally, status: number) => tally.statuses.set(status, (tally.statuses.get(status) ?? 0) + 1);
export const serverErrors = (tally: Tally) => [...tally.statuses].filter(([status]) => status >= 500).reduce((sum, [, n]) => sum + n, 0);

export interface Person {
  userId: string;
  token: string;
}

/**
 * A scan of the event's code, checked in as the app does (checkin/check-in.ts): sent at once; with
 * no answer the scan is kept and sent again later as an offline scan with the time it was made.
 */
export async function checkInLikeTheApp(base: string, person: Person, event: { id: string; key: string }, tally: Tally): Promise<void> {
  const scannedAt = Date.now();
  const token = qrToken(event.key, event.id, codeWindowAt(scannedAt));
  const path = `/api/events/${event.id}/checkins`;
  let answer = await send(base, 'POST', path, person.token, { token });
  if ('network' in answer) {
    tally.networkErrors += 1;
    tally.retried += 1;
    answer = await untilAnswered(async () => {
      const again = await send(base, 'POST', path, person.token, { token, offline: true, scannedAt });
      if ('network' in again) tally.networkErrors += 1;
      return again;
    });
  }
  count(tally, answer.status);
  if (answer.status === 200) tally.acknowledged.add(`${event.id} ${person.userId}`);
}

/** `count` people of the demo site: a development login each, then the site's invite code. */
export async function demoSitePeople(base: string, prefix: string, count: number): Promise<Person[]> {
  const people: Person[] = [];
  await pool(
    Array.from({ length: count }, (_, i) => i),
    20,
    async (i) => {
      const login = await untilAnswered(() => send(base, 'POST', '/api/auth/dev', undefined, { name: `${prefix}${i}` }));
      await untilAnswered(() => send(base, 'POST', '/api/invites/JZGD8888/join', login.body.token));
      people.push({ userId: login.body.user.id, token: login.body.token });
    },
  );
  return people;
}

/** Events open for check-in now at the demo site, with their code keys (as the secretary's screen gets them). */
export async function openEvents(base: string, secretaryToken: string, titles: string[]): Promise<{ id: string; key: string }[]> {
  const now = Date.now();
  const events = [];
  for (const title of titles) {
    const made = await send(base, 'POST', '/api/branches/demo-site/events', secretaryToken, {
      kind: 'training',
      title,
      placeName: '工地',
      startsAt: now,
      endsAt: now + 3_600_000,
      offlineAutoAccept: true,
    });
    if ('network' in made || made.status !== 201) throw new Error(`could not open the event: ${JSON.stringify(made)}`);
    const code = await send(base, 'GET', `/api/events/${made.body.id}/code`, secretaryToken);
    if ('network' in code) throw new Error('no code');
    events.push({ id: made.body.id as string, key: code.body.key as string });
  }
  return events;
}

/** Every (person, event) pair once, interleaved as a morning's scans are. */
export function everyoneAtEveryEvent<P, E>(people: P[], events: E[]): { person: P; event: E }[] {
  return events
    .flatMap((event, e) => people.map((person, p) => ({ person, event, order: (p * 7919 + e * 104729) % 1_000_003 })))
    .sort((a, b) => a.order - b.order)
    .map(({ person, event }) => ({ person, event }));
}
