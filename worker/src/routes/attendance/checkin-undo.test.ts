/** Undoing a check-in an organizer made: kept on record with the reason, and refused where it may not be undone. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../../test/fixtures';
import { tokenNow } from './current-qr-token';

describe('undoing a check-in an organizer made', () => {
  it('removes a roster check-in while check-in is open, keeping a record with the reason; the count follows', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const worker = world.workers[0]!;
    await call('POST', `/api/events/${eventId}/checkins/roster`, { token: world.people.committee.token, body: { userIds: [worker.id] } });
    const undo = await call('POST', `/api/events/${eventId}/checkins/undo`, {
      token: world.people.committee.token,
      body: { userId: worker.id, reason: '点错了人' },
    });
    expect(undo.status).toBe(200);
    expect(undo.body).toMatchObject({ userId: worker.id, method: 'roster' });
    const sheet = await call('GET', `/api/events/${eventId}/attendance`, { token: world.people.secretary.token });
    expect(sheet.body.people.find((p: { userId: string }) => p.userId === worker.id).status).toBe('absent');
    expect((await call('GET', `/api/events/${eventId}`, { token: world.people.secretary.token })).body.checkinCount).toBe(0);
    const record = await env.DB.prepare(
      'SELECT method, reason, undone_by AS undoneBy, recorded_by AS recordedBy FROM checkin_undos WHERE event_id = ?1',
    )
      .bind(eventId)
      .first();
    expect(record).toEqual({
      method: 'roster',
      reason: '点错了人',
      undoneBy: world.people.committee.id,
      recordedBy: world.people.committee.id,
    });
    // Signed in again afterwards: fine.
    expect(
      (
        await call('POST', `/api/events/${eventId}/checkins/roster`, {
          token: world.people.committee.token,
          body: { userIds: [worker.id] },
        })
      ).body.added,
    ).toBe(1);
  });

  it('refuses to undo a person’s own scan, a roster check-in after check-in closed, and without a reason; a make-up can be undone later', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const undo = (userId: string, reason = '误操作') =>
      call('POST', `/api/events/${eventId}/checkins/undo`, { token: world.people.secretary.token, body: { userId, reason } });
    await call('POST', `/api/events/${eventId}/checkins`, { token: world.people.member.token, body: { token: tokenNow(eventId) } });
    const own = await undo(world.people.member.id);
    expect([own.status, own.body.error.message]).toEqual([409, '本人扫码或输入数字码的签到不能撤销；离线签到请用“不通过”']);
    expect(
      (
        await call('POST', `/api/events/${eventId}/checkins/undo`, {
          token: world.people.secretary.token,
          body: { userId: world.people.member.id, reason: '' },
        })
      ).status,
    ).toBe(400);
    await call('POST', `/api/events/${eventId}/checkins/roster`, {
      token: world.people.committee.token,
      body: { userIds: [world.workers[0]!.id] },
    });
    await env.DB.prepare('UPDATE events SET checkin_closes_at = ?2, ends_at = ?2 WHERE id = ?1')
      .bind(eventId, Date.now() - 1000)
      .run();
    expect((await undo(world.workers[0]!.id)).status).toBe(409);
    await call('POST', `/api/events/${eventId}/checkins/makeup`, {
      token: world.people.secretary.token,
      body: { userId: world.workers[1]!.id, reason: '在现场但手机没电' },
    });
    expect((await undo(world.workers[1]!.id, '核实后并未到场')).status).toBe(200);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM checkins WHERE event_id = ?1').bind(eventId).first('n')).toBe(2);
  });
});
