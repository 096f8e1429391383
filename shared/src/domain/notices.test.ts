import { describe, expect, it } from 'vitest';
import { defaultReminderMinutes, quietUntil, reminderLabel } from './notices';

/** A moment in China time (UTC+8). */
const cst = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);

describe('quiet hours (22:00–6:30 China time)', () => {
  it('end at 6:30 the same morning after midnight, the next morning before it', () => {
    expect(quietUntil(cst(2026, 12, 4, 23, 59))).toBe(cst(2026, 12, 5, 6, 30));
    expect(quietUntil(cst(2026, 12, 5, 0, 1))).toBe(cst(2026, 12, 5, 6, 30));
    expect(quietUntil(cst(2026, 12, 5, 6, 29))).toBe(cst(2026, 12, 5, 6, 30));
  });

  it('are not in force from 6:30 to 21:59', () => {
    expect(quietUntil(cst(2026, 12, 5, 6, 30))).toBeNull();
    expect(quietUntil(cst(2026, 12, 5, 21, 59))).toBeNull();
    expect(quietUntil(cst(2026, 12, 5, 22, 0))).toBe(cst(2026, 12, 6, 6, 30));
  });
});

describe('reminders', () => {
  it('go 30 minutes before a 班前会 and a day before 三会一课 and 党课', () => {
    expect(defaultReminderMinutes('training')).toBe(30);
    expect(defaultReminderMinutes('branch_assembly')).toBe(24 * 60);
    expect(defaultReminderMinutes('party_lecture')).toBe(24 * 60);
    expect(reminderLabel(30)).toBe('提前 30 分钟');
    expect(reminderLabel(120)).toBe('提前 2 小时');
    expect(reminderLabel(24 * 60)).toBe('提前 1 天');
  });
});
