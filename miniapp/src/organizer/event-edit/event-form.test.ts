import { describe, expect, it } from 'vitest';
import { defaultEventForm, eventFormOf, startsAtOf, toEventBody } from './event-form';

describe('the event form', () => {
  it('starts at the next quarter hour in China Standard Time', () => {
    const now = Date.UTC(2026, 10, 22, 23, 52); // 07:52 CST on the 23rd
    const form = defaultEventForm('training', now);
    expect(form).toMatchObject({ date: '2026-11-23', time: '08:00', audience: 'everyone' });
    expect(startsAtOf(form)).toBe(Date.UTC(2026, 10, 23, 0, 0));
  });

  it('makes 三会一课 members-only by default, and builds the request body', () => {
    const form = {
      ...defaultEventForm('party_lecture', Date.UTC(2026, 10, 22, 1, 0)),
      title: '党课',
      placeName: '会议室',
      durationMinutes: 90,
    };
    expect(form.audience).toBe('members');
    const body = toEventBody(form);
    expect(body.endsAt - body.startsAt).toBe(90 * 60_000);
    expect(body).toMatchObject({
      kind: 'party_lecture',
      title: '党课',
      geofence: null,
      description: null,
      checkinOpensAt: body.startsAt - 30 * 60_000,
      checkinClosesAt: body.endsAt,
    });
  });

  it('fills the form from an event being edited, and gives back the same times', () => {
    const startsAt = Date.UTC(2026, 10, 23, 6, 30); // 14:30 CST
    const form = eventFormOf({
      id: 'ev01',
      branchId: 'b001',
      kind: 'theme_day',
      title: '主题党日',
      description: '重温入党誓词',
      placeName: '党建室',
      startsAt,
      endsAt: startsAt + 150 * 60_000,
      checkinOpensAt: startsAt - 1_800_000,
      checkinClosesAt: startsAt + 150 * 60_000,
      lateAfterMinutes: 5,
      audience: 'everyone',
      geofenced: true,
      geofence: { lat: 30.5, lng: 114.3, radiusM: 200 },
      offlineGraceMinutes: 480,
      offlineAutoAccept: true,
      status: 'draft',
      remindBeforeMinutes: 24 * 60,
      checkinCount: 0,
      createdAt: startsAt - 86_400_000,
    });
    expect(form).toMatchObject({
      date: '2026-11-23',
      time: '14:30',
      durationMinutes: 150,
      description: '重温入党誓词',
      lateAfterMinutes: 5,
    });
    expect(toEventBody(form)).toMatchObject({
      startsAt,
      endsAt: startsAt + 150 * 60_000,
      geofence: { radiusM: 200 },
      offlineGraceMinutes: 480,
      offlineAutoAccept: true,
    });
  });
});
