import { parsePeriod } from '@sitebranch/shared';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PeriodSwitcher } from './period-switcher';

const NOW = Date.UTC(2026, 10, 20, 4); // 2026-11-20 12:00 in China

describe('the period switcher', () => {
  afterEach(cleanup);

  it('steps back, refuses to step past this period, and keeps the moment when the kind changes', () => {
    const onChange = vi.fn();
    render(<PeriodSwitcher period={parsePeriod('2026-11')!} onChange={onChange} now={NOW} />);
    screen.getByText('2026年11月');
    expect(screen.getByRole('button', { name: '下一期' }).getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '上一期' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ key: '2026-10' }));
    fireEvent.click(screen.getByRole('tab', { name: '季度' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ key: '2026-Q4' }));
    fireEvent.click(screen.getByRole('tab', { name: '年' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ key: '2026' }));
  });

  it('lets an earlier period step forward', () => {
    const onChange = vi.fn();
    render(<PeriodSwitcher period={parsePeriod('2026-Q2')!} onChange={onChange} now={NOW} />);
    fireEvent.click(screen.getByRole('button', { name: '下一期' }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ key: '2026-Q3' }));
  });
});
