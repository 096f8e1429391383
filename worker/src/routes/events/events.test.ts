import { describe, expect, it } from 'vitest';
import { call, makeEvent, makeWorld } from '../../../test/fixtures';

const HOUR = 3_600_000;

describe('events', () => {
  it('lets a committee member create an event with defaults from its kind', async () => {
    const world = await makeWorld();
    const startsAt = Date.now() + 24 * HOUR;
    const res = await call('POST', `/api/branches/${world.branchId}/events`, {
      token: world.people.committee.token,
      body: {
        kind: 'party_lecture',
        title: '七月党课',
        placeName: '项目部二楼',
        startsAt,
        endsAt: startsAt + 2 * HOUR,
        geofence: { lat: 30.5, lng: 114.3 },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      audience: 'members',
      status: 'published',
      checkinOpensAt: startsAt - 30 * 60_000,
      checkinClosesAt: startsAt + 2 * HOUR,
      lateAfterMinutes: 10,
      geofence: { lat: 30.5, lng: 114.3, radiusM: 300 },
      checkinCount: 0,
    });
  });

  it('refuses times out of order with a clear message', async () => {
    const world = await makeWorld();
    const startsAt = Date.now() + HOUR;
    const res = await call('POST', `/api/branches/${world.branchId}/events`, {
      token: world.people.secretary.token,
      body: { kind: 'training', title: '班前会', placeName: '工地', startsAt, endsAt: startsAt - 1 },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.endsAt).toBe('结束时间要晚于开始时间');
    const eventId = await makeEvent(world);
    const patch = await call('PATCH', `/api/events/${eventId}`, { token: world.people.secretary.token, body: { endsAt: 1 } });
    expect(patch.status).toBe(400);
  });

  it('shows workers only events for everyone, and organizers drafts too', async () => {
    const world = await makeWorld();
    const open = await makeEvent(world, { title: '安全论坛' });
    const membersOnly = await makeEvent(world, { title: '支部党员大会', audience: 'members', kind: 'branch_assembly' });
    const draft = await makeEvent(world, { title: '草稿活动', status: 'draft' });
    const titles = async (token: string) =>
      (await call('GET', `/api/branches/${world.branchId}/events`, { token })).body.events.map((e: { title: string }) => e.title).sort();
    expect(await titles(world.people.masses.token)).toEqual(['安全论坛']);
    expect(await titles(world.people.member.token)).toEqual(['安全论坛', '支部党员大会']);
    expect(await titles(world.people.committee.token)).toEqual(['安全论坛', '支部党员大会', '草稿活动']);
    expect((await call('GET', `/api/events/${membersOnly}`, { token: world.people.masses.token })).body.error.message).toBe(
      '本活动仅限党员',
    );
    expect((await call('GET', `/api/events/${draft}`, { token: world.people.member.token })).status).toBe(404);
    expect((await call('GET', `/api/events/${open}`, { token: world.people.masses.token })).status).toBe(200);
  });

  it('cancels an event and gives organizers the code key', async () => {
    const world = await makeWorld();
    const eventId = await makeEvent(world);
    const code = await call('GET', `/api/events/${eventId}/code`, { token: world.people.committee.token });
    expect(code.body).toMatchObject({ eventId, windowMs: 10_000, qrAcceptMs: 30_000, digitsAcceptMs: 60_000 });
    expect(code.body.key).toMatch(/^[0-9a-f]{64}$/);
    expect((await call('GET', `/api/events/${eventId}/code`, { token: world.people.member.token })).status).toBe(403);
    expect((await call('DELETE', `/api/events/${eventId}`, { token: world.people.secretary.token })).status).toBe(204);
    expect((await call('GET', `/api/events/${eventId}`, { token: world.people.member.token })).body.status).toBe('cancelled');
  });
});

describe("the caller's own standing on events", () => {
  it('lists each event with my check-in and my leave request', async () => {
    const world = await makeWorld();
    const now = Date.now();
    const open = await makeEvent(world, { title: '今天的班前会' });
    const later = await makeEvent(world, {
      title: '下周党课',
      startsAt: now + 7 * 86_400_000,
      endsAt: now + 7 * 86_400_000 + 3_600_000,
      checkinOpensAt: now + 7 * 86_400_000 - 1_800_000,
      checkinClosesAt: now + 7 * 86_400_000 + 3_600_000,
    });
    await call('POST', `/api/events/${open}/checkins/roster`, {
      token: world.people.committee.token,
      body: { userIds: [world.people.member.id] },
    });
    await call('POST', `/api/events/${later}/leaves`, { token: world.people.member.token, body: { reason: '外出培训' } });
    const list = await call('GET', `/api/branches/${world.branchId}/events`, { token: world.people.member.token });
    const byTitle = (t: string) => list.body.events.find((e: { title: string }) => e.title === t);
    expect(byTitle('今天的班前会').mine).toMatchObject({ checkin: { method: 'roster', late: false, offline: false }, leave: null });
    expect(byTitle('下周党课').mine).toEqual({ checkin: null, leave: { status: 'pending', reason: '外出培训', note: null } });
    const other = await call('GET', `/api/events/${later}`, { token: world.people.masses.token });
    expect(other.body.mine).toEqual({ checkin: null, leave: null });
    const mine = await call('GET', `/api/events/${later}`, { token: world.people.member.token });
    expect(mine.body.mine.leave.status).toBe('pending');
  });
});
