/**
 * Someone with a copy of the database cannot trace an anonymous report: its receipt is stored as a
 * keyed hash under the receipts' own secret (not bare SHA-256, which a guessed code would match),
 * the daily limit counts under a key of its own secret (not the session secret), and those counts
 * and the retry keys are forgotten once they are no longer needed.
 */
import { cstDate, hmacSha256Hex, sha256Hex } from '@sitebranch/shared';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { runScheduled } from '../../scheduled';
import { call, makeWorld } from '../../../test/fixtures';

const DAY = 24 * 3_600_000;

async function anonymousReport() {
  const world = await makeWorld();
  const person = world.people.member;
  const res = await call('POST', `/api/branches/${world.branchId}/feedback`, {
    token: person.token,
    body: { category: 'integrity', text: '有人在验收时收取好处费', clientRef: crypto.randomUUID().replace(/-/g, '') },
  });
  expect(res.status).toBe(201);
  const row = await env.DB.prepare('SELECT receipt_hash AS receiptHash, dedupe_key AS dedupeKey FROM feedback WHERE id = ?1')
    .bind(res.body.id)
    .first<{ receiptHash: string; dedupeKey: string }>();
  return { world, person, receipt: res.body.receipt as string, id: res.body.id as string, row: row! };
}

describe('keys that name nobody', () => {
  it('stores the receipt as an HMAC under RECEIPT_SECRET, not as its SHA-256 or under another secret', async () => {
    const { receipt, row } = await anonymousReport();
    expect(row.receiptHash).not.toBe(sha256Hex(receipt));
    expect(row.receiptHash).not.toBe(hmacSha256Hex(env.SESSION_SECRET!, `receipt:${receipt}`));
    expect(row.receiptHash).toBe(hmacSha256Hex(env.RECEIPT_SECRET!, `receipt:${receipt}`));
  });

  it('counts the daily limit under FEEDBACK_RATE_SECRET: the session secret cannot recompute whose count it is', async () => {
    const { person } = await anonymousReport();
    const day = cstDate(Date.now());
    const underSession = hmacSha256Hex(env.SESSION_SECRET!, `feedback-rate:${person.id}:${day}`);
    const underOwn = hmacSha256Hex(env.FEEDBACK_RATE_SECRET!, `feedback-rate:${person.id}:${day}`);
    const count = (key: string) => env.DB.prepare('SELECT count FROM feedback_rate WHERE key = ?1').bind(key).first<{ count: number }>();
    expect(await count(underSession)).toBeNull();
    expect((await count(underOwn))!.count).toBe(1);
  });

  it('forgets the day’s counts once the day is over, and a submission’s retry key after a day', async () => {
    const { person, id } = await anonymousReport();
    const key = hmacSha256Hex(env.FEEDBACK_RATE_SECRET!, `feedback-rate:${person.id}:${cstDate(Date.now())}`);
    await runScheduled(env, Date.now() + 2 * 3_600_000);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM feedback WHERE id = ?1 AND dedupe_key IS NOT NULL').bind(id).first('n')).toBe(1);
    await runScheduled(env, Date.now() + DAY + 60_000);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM feedback_rate WHERE key = ?1').bind(key).first('n')).toBe(0);
    expect(await env.DB.prepare('SELECT dedupe_key AS k FROM feedback WHERE id = ?1').bind(id).first('k')).toBeNull();
  });

  it('a worker whose secrets are one value reused refuses to run (503), rather than key everything alike', async () => {
    const world = await makeWorld();
    const res = await call('POST', `/api/branches/${world.branchId}/feedback`, {
      token: world.people.member.token,
      body: { category: 'integrity', text: '有人在验收时收取好处费' },
      bindings: { ...env, RECEIPT_SECRET: env.FEEDBACK_RATE_SECRET },
    });
    expect(res.status).toBe(503);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM feedback WHERE branch_id = ?1').bind(world.branchId).first('n')).toBe(0);
  });
});
