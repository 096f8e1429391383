import { describe, expect, it } from 'vitest';
import { defaultEventForm, startsAtOf, toCreateBody } from './event-form';

describe('the event form', () => {
  it('starts at the next quarter hour in China Standard Time', () => {
    const now = Date.UTC(2026, 10, 22, 23, 52); // 07:52 CST on the 23rd
    const form = defaultEventForm('training', now);
    expect(form).toMatchObject({ date: '2026-11-23', time: '08:00', audience: 'everyone' });
    expect(startsAtOf(form)).toBe(Date.UTC(2026, 10, 23, 0, 0));
  });

  it('makes 三会一课 members-only by default, and builds the request body', () => {
    const form = { ...defaultEventForm('party_lecture', Date.UTC(2026, 10, 22, 1, 0)), title: '党课', placeName: '会议室', durationMinutes: 90 };
    expect(form.audience).toBe('members');
    const body = toCreateBody(form);
    expect(body.endsAt - body.startsAt).toBe(90 * 60_000);
    expect(body).toMatchObject({ kind: 'party_lecture', title: '党课', geofence: null });
  });
});
