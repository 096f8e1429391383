import { createScheduledController, createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeBank, makeContest, makeWorld } from '../test/fixtures';
import worker from './index';

describe('the scheduled worker', () => {
  it('scores attempts whose time ran out, with what was saved, and leaves running ones alone', async () => {
    const world = await makeWorld();
    const bank = await makeBank(world, { single: 2 });
    const contestId = await makeContest(world, bank, { draw: [{ type: 'single', count: 2 }] });
    const key = new Map(bank.questions.map((q) => [q.id, q.answer]));
    const expired = (await call('POST', `/api/contests/${contestId}/attempts`, { token: world.people.member.token })).body;
    const running = (await call('POST', `/api/contests/${contestId}/attempts`, { token: world.people.masses.token })).body;
    const q = expired.questions[0];
    await call('PUT', `/api/attempts/${expired.id}/answers/${q.id}`, { token: world.people.member.token, body: { answer: key.get(q.id) } });
    await env.DB.prepare('UPDATE attempts SET deadline = ?2 WHERE id = ?1')
      .bind(expired.id, Date.now() - 1)
      .run();

    const ctx = createExecutionContext();
    await worker.scheduled!(createScheduledController({ scheduledTime: Date.now(), cron: '*/5 * * * *' }), env, ctx);
    await waitOnExecutionContext(ctx);

    const rows = await env.DB.prepare('SELECT id, score, submitted_at IS NOT NULL AS done FROM attempts WHERE contest_id = ?1 ORDER BY id')
      .bind(contestId)
      .all();
    expect(rows.results).toEqual(
      [
        { id: expired.id, score: 2, done: 1 },
        { id: running.id, score: null, done: 0 },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    const entry = await env.DB.prepare('SELECT score FROM contest_entries WHERE contest_id = ?1 AND user_id = ?2')
      .bind(contestId, world.people.member.id)
      .first();
    expect(entry).toEqual({ score: 2 });
  });
});
