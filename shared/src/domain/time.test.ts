import { describe, expect, it } from 'vitest';
import { formatCst, formatDuration } from './time';

describe('formatCst', () => {
  it('shows UTC times in China Standard Time, across the date line', () => {
    expect(formatCst(Date.UTC(2026, 10, 22, 5, 7))).toBe('2026-11-22 13:07');
    expect(formatCst(Date.UTC(2026, 11, 31, 16, 0))).toBe('2027-01-01 00:00');
  });
});

describe('formatDuration', () => {
  it('says a time taken as people say it', () => {
    expect(formatDuration(0)).toBe('0 秒');
    expect(formatDuration(45_400)).toBe('45 秒');
    expect(formatDuration(123_000)).toBe('2 分 3 秒');
    expect(formatDuration(120_000)).toBe('2 分');
    expect(formatDuration(3_900_000)).toBe('1 小时 5 分');
  });
});
