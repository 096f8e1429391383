import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DataTable, type DataTableColumn } from './data-table';
import { nextSort, visibleRows } from './data-table-rows';

interface Row {
  id: string;
  name: string;
  team: string | null;
  rate: number | null;
}
const ROWS: Row[] = [
  { id: '1', name: '王五', team: '钢筋班', rate: 80 },
  { id: '2', name: '张三', team: null, rate: 100 },
  { id: '3', name: '李四', team: '木工班', rate: null },
  { id: '4', name: '赵六', team: '钢筋班', rate: 9 },
];
const COLUMNS: DataTableColumn<Row>[] = [
  { key: 'name', label: '姓名', value: (r) => r.name },
  { key: 'team', label: '班组', value: (r) => r.team },
  { key: 'rate', label: '出勤率', value: (r) => r.rate, numeric: true },
];

describe('visibleRows', () => {
  it('sorts numbers as numbers, empties last either way', () => {
    expect(visibleRows(ROWS, COLUMNS, '', { key: 'rate', direction: 'ascending' }).map((r) => r.rate)).toEqual([9, 80, 100, null]);
    expect(visibleRows(ROWS, COLUMNS, '', { key: 'rate', direction: 'descending' }).map((r) => r.rate)).toEqual([100, 80, 9, null]);
    expect(visibleRows(ROWS, COLUMNS, '', { key: 'team', direction: 'descending' }).at(-1)!.team).toBeNull();
  });

  it('finds rows containing every word typed, in any column', () => {
    expect(visibleRows(ROWS, COLUMNS, '钢筋', null).map((r) => r.name)).toEqual(['王五', '赵六']);
    expect(visibleRows(ROWS, COLUMNS, '钢筋 赵', null).map((r) => r.name)).toEqual(['赵六']);
  });

  it('cycles a header through ascending, descending and unsorted', () => {
    const once = nextSort(null, 'name');
    expect(once).toEqual({ key: 'name', direction: 'ascending' });
    expect(nextSort(once, 'name')).toEqual({ key: 'name', direction: 'descending' });
    expect(nextSort(nextSort(once, 'name'), 'name')).toBeNull();
  });
});

describe('DataTable', () => {
  it('sorts by a header and says so (aria-sort), and filters with the search box', () => {
    render(<DataTable caption="成员" columns={COLUMNS} rows={ROWS} rowKey={(r) => r.id} rowHeader="name" />);
    const table = screen.getByRole('table', { name: '成员' });
    fireEvent.click(within(table).getByRole('button', { name: /出勤率/ }));
    expect(
      within(table)
        .getByRole('columnheader', { name: /出勤率/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');
    const names = () =>
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent);
    expect(names()).toEqual(['赵六', '王五', '张三', '李四']);
    fireEvent.change(screen.getByRole('searchbox', { name: '搜索成员' }), { target: { value: '木工' } });
    expect(names()).toEqual(['李四']);
    expect(screen.getByRole('status').textContent).toBe('找到 1 条，共 4 条');
  });
});
