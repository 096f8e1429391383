import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bars';
import { ChartFrame } from './chart-frame';
import { StackedBars } from './stacked-bars';

describe('the charts', () => {
  it('switch to the table of their numbers and back', () => {
    render(
      <ChartFrame
        title="活动类型"
        table={{
          columns: ['类型', '次数'],
          rows: [
            { key: 'a', cells: ['党课', 3] },
            { key: 'b', cells: ['班前会', 12] },
          ],
        }}
      >
        <BarChart
          title="活动类型"
          bars={[
            { key: 'a', label: '党课', value: 3, text: '3 次' },
            { key: 'b', label: '班前会', value: 12, text: '12 次' },
          ]}
        />
      </ChartFrame>,
    );
    const chart = screen.getByRole('list', { name: '活动类型' });
    // The longest bar is full width; each bar says its number in words.
    const fills = chart.querySelectorAll<HTMLElement>('.chart-bars__fill');
    expect([...fills].map((f) => f.style.width)).toEqual(['25%', '100%']);
    expect(within(chart).getByText('12 次')).toBeTruthy();
    const modes = screen.getByRole('group', { name: '活动类型：显示方式' });
    expect(within(modes).getByRole('button', { name: '图' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(within(modes).getByRole('button', { name: '表' }));
    const table = screen.getByRole('table', { name: '活动类型（表）' });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual(['类型次数', '党课3', '班前会12']);
    expect(screen.queryByRole('list', { name: '活动类型' })).toBeNull();
    fireEvent.click(within(modes).getByRole('button', { name: '图' }));
    expect(screen.getByRole('list', { name: '活动类型' })).toBeTruthy();
  });

  it('say each stacked part in words, leaving out the empty ones', () => {
    render(
      <StackedBars
        title="三会一课"
        rows={[
          {
            key: 'c',
            label: '支委会',
            segments: [
              { label: '已开', value: 2, tone: 'done' },
              { label: '缺开', value: 1, tone: 'missing' },
              { label: '待开', value: 0, tone: 'open' },
            ],
          },
        ]}
      />,
    );
    const item = screen.getByRole('listitem', { name: '支委会：已开 2，缺开 1' });
    expect([...item.querySelectorAll<HTMLElement>('.chart-stacked__part')].map((p) => p.style.width)).toEqual([
      '66.66666666666666%',
      '33.33333333333333%',
    ]);
  });
});
