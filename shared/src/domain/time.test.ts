import { describe, expect, it } from 'vitest';
import { formatCst } from './time';

describe('formatCst', () => {
  it('shows UTC times in China Standard Time, across the date line', () => {
    expect(formatCst(Date.UTC(2026, 10, 22, 5, 7))).toBe('2026-11-22 13:07');
    expect(formatCst(Date.UTC(2026, 11, 31, 16, 0))).toBe('2027-01-01 00:00');
  });
});
