import { addWorkingDays, cstDate, type WorkCalendar } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { call, makeWorld, snapshotDatabase, type Person } from '../../../test/fixtures';

const DAY = 24 * 3_600_000;
const put = (admin: Person, year: number | string, body: unknown) => call('PUT', `/api/calendar/${year}`, { token: admin.token, body });

/**
 * The next ten days in China time, entered as a holiday (their years' calendars replaced; the
 * test runner keeps each test's storage to itself).
 */
async function holidayForTheNextTenDays(admin: Person): Promise<WorkCalendar> {
  const dates = Array.from({ length: 10 }, (_, i) => cstDate(Date.now() + (i + 1) * DAY));
  for (const year of new Set(dates.map((d) => d.slice(0, 4)))) {
    const res = await put(admin, year, {
      holidays: dates.filter((d) => d.startsWith(year)).map((date) => ({ date, name: '测试假期' })),
      workdays: [],
    });
    expect(res.status).toBe(200);
  }
  return { holidays: new Set(dates), workdays: new Set() };
}

describe('the working-day calendar', () => {
  it('is entered a year at a time by the platform admin and read by anyone logged in', async () => {
    const world = await makeWorld();
    const admin = world.people.platformAdmin;
    const notice = {
      holidays: [
        { date: '2026-10-03', name: '国庆节' },
        { date: '2026-10-01', name: '国庆节' },
        { date: '2026-10-02', name: '国庆节' },
      ],
      workdays: [{ date: '2026-10-10', name: '国庆节调休' }],
    };
    const saved = await put(admin, 2026, notice);
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ year: 2026, workdays: [{ date: '2026-10-10', name: '国庆节调休' }] });
    expect(saved.body.holidays.map((d: { date: string }) => d.date)).toEqual(['2026-10-01', '2026-10-02', '2026-10-03']);
    expect(saved.body.updatedAt).toBeGreaterThan(Date.now() - 60_000);

    const read = await call('GET', '/api/calendar/2026', { token: world.people.masses.token });
    expect(read.body).toEqual(saved.body);
    // Entering the year again replaces it whole.
    const again = await put(admin, 2026, { holidays: [{ date: '2026-10-05', name: '国庆节' }], workdays: [] });
    expect(again.body).toMatchObject({ holidays: [{ date: '2026-10-05', name: '国庆节' }], workdays: [] });
    const empty = await call('GET', '/api/calendar/2030', { token: world.people.masses.token });
    expect(empty.body).toEqual({ year: 2030, holidays: [], workdays: [], updatedAt: null });
    expect((await put(world.people.secretary, 2026, notice)).status).toBe(403);
  });

  it('refuses a wrong calendar with the reason for each date, and writes nothing', async () => {
    const world = await makeWorld();
    const admin = world.people.platformAdmin;
    const before = await snapshotDatabase();
    const wrong = await put(admin, 2026, {
      holidays: [
        { date: '2027-01-01', name: '元旦' },
        { date: '2026-10-01', name: '国庆节' },
      ],
      workdays: [
        { date: '2026-10-01', name: '调休' },
        { date: '2026-10-09', name: '调休' },
      ],
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.message).toBe('2027-01-01 不在 2026 年');
    expect(wrong.body.error.fields).toEqual({
      'holidays.0.date': '2027-01-01 不在 2026 年',
      'workdays.0.date': '2026-10-01 不能既放假又上班',
      'workdays.1.date': '2026-10-09 不是周末，无需设为调休上班',
    });
    const badDate = await put(admin, 2026, { holidays: [{ date: '2026-02-30', name: '春节' }], workdays: [] });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.fields).toEqual({ 'holidays.0.date': '日期应写成 2027-10-01 这样' });
    // A path that names no year names nothing, like an unknown id.
    expect((await call('GET', '/api/calendar/26', { token: admin.token })).status).toBe(404);
    expect(await snapshotDatabase()).toEqual(before);
  });

  it('moves feedback deadlines past the holidays, including the follow-up after a poor rating', async () => {
    const world = await makeWorld();
    const admin = world.people.platformAdmin;
    const calendar = await holidayForTheNextTenDays(admin);
    const now = Date.now();
    const sent = await call('POST', `/api/branches/${world.branchId}/feedback`, {
      token: world.people.masses.token,
      body: { category: 'request', text: '工地门口的路灯坏了', anonymous: false },
    });
    expect(sent.status).toBe(201);
    expect(sent.body.acceptDueAt).toBe(addWorkingDays(now, 2, calendar));
    expect(sent.body.resolveDueAt).toBe(addWorkingDays(now, 15, calendar));
    // Ten days off: both deadlines fall later than weekends alone would put them.
    expect(sent.body.acceptDueAt).toBeGreaterThan(addWorkingDays(now, 2));
    expect(sent.body.acceptDueAt - now).toBeGreaterThan(10 * DAY);

    const id = sent.body.id;
    for (const to of ['accepted', 'resolved']) {
      expect((await call('POST', `/api/feedback/${id}/transitions`, { token: world.people.secretary.token, body: { to } })).status).toBe(
        200,
      );
    }
    const rated = await call('POST', `/api/feedback/${id}/rating`, {
      token: world.people.masses.token,
      body: { level: 1, comment: '还是不亮' },
    });
    expect(rated.body).toMatchObject({ status: 'in_progress' });
    expect(rated.body.resolveDueAt).toBe(addWorkingDays(Date.now(), 5, calendar));
  });

  it('keeps the deadlines of feedback already submitted when holidays are entered later; new feedback gets the new ones', async () => {
    const world = await makeWorld();
    const submit = () =>
      call('POST', `/api/branches/${world.branchId}/feedback`, {
        token: world.people.masses.token,
        body: { category: 'request', text: '工地门口的路灯坏了', anonymous: false },
      });
    // No holidays entered at first (an earlier test of this file may have entered some).
    for (const year of new Set([0, 10].map((days) => cstDate(Date.now() + days * DAY).slice(0, 4))))
      await put(world.people.platformAdmin, year, { holidays: [], workdays: [] });
    const before = await submit();
    const calendar = await holidayForTheNextTenDays(world.people.platformAdmin);
    const kept = await call('GET', `/api/feedback/${before.body.id}`, { token: world.people.committee.token });
    // What the submitter was told stands: a deadline is set once, when the feedback arrives.
    expect({ accept: kept.body.acceptDueAt, resolve: kept.body.resolveDueAt }).toEqual({
      accept: before.body.acceptDueAt,
      resolve: before.body.resolveDueAt,
    });
    const after = await submit();
    expect(after.body.acceptDueAt).toBe(addWorkingDays(Date.now(), 2, calendar));
    expect(after.body.acceptDueAt).toBeGreaterThan(before.body.acceptDueAt);
  });
});
