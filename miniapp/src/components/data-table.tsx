import { useState, type ReactNode } from 'react';
import { nextSort, visibleRows, type TableColumn, type TableSort } from './data-table-rows';
import './data-table.css';

export interface DataTableColumn<T> extends TableColumn<T> {
  /** Shown in place of the value (a tag, a link); the value is still what is searched and sorted. */
  render?(row: T): ReactNode;
  /** Default true. */
  sortable?: boolean;
  numeric?: boolean;
  /** Long text that may wrap (a stem, a report); other columns keep each cell on one line. */
  wrap?: boolean;
}

export interface DataTableProps<T> {
  /** Names the table for screen readers and the search box (成员, 意见反馈…). */
  caption: string;
  columns: DataTableColumn<T>[];
  rows: readonly T[];
  rowKey(row: T): string;
  /** A last column of buttons for the row (设置, 查看…). */
  actions?(row: T): ReactNode;
  initialSort?: TableSort;
  /** The column that names the row (a header cell for screen readers): the name, the title. */
  rowHeader?: string;
  /** Off where the page searches on the server itself (a long list that comes a page at a time). */
  searchable?: boolean;
}

/**
 * On a computer, where a phone's list gets long: a table with a search box and headers that sort.
 * H5 only (rendered when `useDesktop()`), so it uses the browser's own table and controls.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, actions, initialSort, rowHeader, searchable = true }: DataTableProps<T>) {
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<TableSort | null>(initialSort ?? null);
  const shown = visibleRows(rows, columns, search, sort);
  return (
    <div className="sb-table">
      {searchable && (
        <div className="sb-table__bar">
          <input
            className="sb-table__search"
            type="search"
            value={search}
            placeholder={`搜索${caption}`}
            aria-label={`搜索${caption}`}
            onChange={(e) => setSearch(e.currentTarget.value)}
          />
          <span className="sb-table__count" role="status">
            {search.trim() ? `找到 ${shown.length} 条，共 ${rows.length} 条` : `共 ${rows.length} 条`}
          </span>
        </div>
      )}
      <table aria-label={caption}>
        <thead>
          <tr>
            {columns.map((c) => {
              const order = sort?.key === c.key ? sort.direction : undefined;
              return (
                <th
                  key={c.key}
                  scope="col"
                  aria-sort={order ?? (c.sortable === false ? undefined : 'none')}
                  className={c.numeric ? 'sb-table__num' : undefined}
                >
                  {c.sortable === false ? (
                    c.label
                  ) : (
                    <button type="button" className="sb-table__sort" onClick={() => setSort(nextSort(sort, c.key))}>
                      {c.label}
                      <span aria-hidden="true">{order === 'ascending' ? ' ▲' : order === 'descending' ? ' ▼' : ' ↕'}</span>
                    </button>
                  )}
                </th>
              );
            })}
            {actions && <th scope="col">操作</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) => {
                const content = c.render ? c.render(row) : (c.value(row) ?? '—');
                const className = [c.numeric && 'sb-table__num', !c.wrap && 'sb-table__nowrap'].filter(Boolean).join(' ') || undefined;
                return c.key === rowHeader ? (
                  <th key={c.key} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={c.key} className={className}>
                    {content}
                  </td>
                );
              })}
              {actions && <td className="sb-table__actions">{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="sb-table__empty">{search.trim() ? `没有与“${search.trim()}”相符的内容` : '暂无内容'}</p>}
    </div>
  );
}
