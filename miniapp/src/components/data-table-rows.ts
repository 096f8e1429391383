/** What a desktop table shows of its rows: those matching the search, in the chosen order. */

export interface TableColumn<T> {
  key: string;
  label: string;
  /** What is shown, searched and sorted: numbers sort as numbers, text in Chinese order, empty last. */
  value(row: T): string | number | null;
}

export interface TableSort {
  key: string;
  direction: 'ascending' | 'descending';
}

const compare = (a: string | number | null, b: string | number | null): number => {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), 'zh-CN', { numeric: true });
};

export function visibleRows<T>(rows: readonly T[], columns: readonly TableColumn<T>[], search: string, sort: TableSort | null): T[] {
  const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const found = words.length
    ? rows.filter((row) => {
        const text = columns
          .map((c) => String(c.value(row) ?? ''))
          .join(' ')
          .toLowerCase();
        return words.every((w) => text.includes(w));
      })
    : [...rows];
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!column || !sort) return found;
  // Empty cells stay at the end whichever way the column is sorted.
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return found.sort((x, y) => {
    const a = column.value(x);
    const b = column.value(y);
    const emptyA = a === null || a === '';
    const emptyB = b === null || b === '';
    if (emptyA || emptyB) return Number(emptyA) - Number(emptyB);
    return sign * compare(a, b);
  });
}

/** The next order when a header is pressed: ascending, then descending, then as the list came. */
export function nextSort(current: TableSort | null, key: string): TableSort | null {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return current.direction === 'ascending' ? { key, direction: 'descending' } : null;
}
