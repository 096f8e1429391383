import type { EventForMe } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { canAskLeave, standingText, standingTone } from './standing';

const T = Date.UTC(2026, 10, 23, 0, 30); // 08:30 CST
const event = (mine: Partial<EventForMe['mine']> = {}, extra: Partial<EventForMe> = {}): EventForMe => ({
  id: 'ev01',
  branchId: 'b001',
  kind: 'training',
  title: '班前会',
  description: null,
  placeName: '工地',
  startsAt: T,
  endsAt: T + 3_600_000,
  checkinOpensAt: T - 1_800_000,
  checkinClosesAt: T + 3_600_000,
  lateAfterMinutes: 10,
  audience: 'everyone',
  geofenced: false,
  geofence: null,
  offlineGraceMinutes: 120,
  offlineAutoAccept: false,
  status: 'published',
  remindBeforeMinutes: 30,
  checkinCount: 0,
  createdAt: T - 86_400_000,
  watching: false,
  mine: { checkin: null, leave: null, ...mine },
  pendingLeaves: null,
  ...extra,
});

describe('standing on an event', () => {
  it('says when and how one checked in, late or offline', () => {
    expect(
      standingText(event({ checkin: { checkedInAt: T + 900_000, method: 'qr', late: true, offline: false, status: 'confirmed' } })),
    ).toBe('已签到 08:45（扫码） · 迟到');
    expect(
      standingText(event({ checkin: { checkedInAt: T, method: 'personal_code', late: false, offline: true, status: 'confirmed' } })),
    ).toBe('已签到 08:30（个人码） · 离线签到');
  });

  it('says an offline check-in waits for an organizer, or was refused', () => {
    const offline = { checkedInAt: T, method: 'qr' as const, late: false, offline: true };
    expect(standingText(event({ checkin: { ...offline, status: 'pending' } }))).toBe('离线签到 08:30（扫码） · 待组织者确认');
    expect(standingText(event({ checkin: { ...offline, status: 'refused' } }))).toBe('离线签到 08:30（扫码） · 未通过，请联系组织者');
  });

  it('says where a leave request stands, with the organizer’s note', () => {
    expect(standingText(event({ leave: { status: 'pending', reason: '家里有事', note: null } }))).toBe('请假待审批');
    expect(standingText(event({ leave: { status: 'refused', reason: '家里有事', note: '工期紧' } }))).toBe('请假未批准：工期紧');
  });

  it('says 未签到 only after check-in has closed', () => {
    expect(standingText(event(), T)).toBeNull();
    expect(standingText(event(), T + 3_600_001)).toBe('未签到');
  });

  it('allows asking for leave until the start, not when checked in or already excused', () => {
    expect(canAskLeave(event(), T - 1)).toBe(true);
    expect(canAskLeave(event(), T)).toBe(false);
    expect(canAskLeave(event({ leave: { status: 'refused', reason: 'x', note: null } }), T - 1)).toBe(true);
    expect(canAskLeave(event({ leave: { status: 'approved', reason: 'x', note: null } }), T - 1)).toBe(false);
    expect(canAskLeave(event({}, { status: 'cancelled' }), T - 1)).toBe(false);
  });

  it('draws only an on-time check-in in green: late and waiting amber, missed and refused red', () => {
    const signed = { checkedInAt: T, method: 'qr' as const, offline: false, status: 'confirmed' as const };
    expect(standingTone(event({ checkin: { ...signed, late: false } }))).toBe('ok');
    expect(standingTone(event({ checkin: { ...signed, late: true } }))).toBe('warn');
    expect(standingTone(event({ checkin: { ...signed, late: false, offline: true, status: 'pending' } }))).toBe('warn');
    expect(standingTone(event({ checkin: { ...signed, late: false, offline: true, status: 'refused' } }))).toBe('bad');
    expect(standingTone(event(), T + 3_600_001)).toBe('bad');
    expect(standingTone(event({ leave: { status: 'approved', reason: 'x', note: null } }))).toBe('plain');
  });
});
