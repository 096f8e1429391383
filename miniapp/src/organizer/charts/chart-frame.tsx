import { Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import './charts.css';

/** The numbers behind a chart, as the table it switches to. */
export interface ChartTable {
  columns: string[];
  rows: { key: string; cells: (string | number)[] }[];
}

/**
 * A chart with its title and a 图 / 表 switch: the same numbers as a table, for screen readers and
 * for copying into a report. The chart itself says nothing by colour or length alone.
 */
export function ChartFrame({ title, table, children }: { title: string; table: ChartTable; children: ReactNode }) {
  const [asTable, setAsTable] = useState(false);
  // The first column names the row; the numbers share the rest.
  const columns = { gridTemplateColumns: `2fr repeat(${table.columns.length - 1}, 1fr)` };
  return (
    <View className="sb-card chart-frame" aria-label={`图表：${title}`}>
      <View className="sb-row chart-frame__head">
        <Text className="chart-frame__title">{title}</Text>
        <View className="chart-frame__switch" role="group" aria-label={`${title}：显示方式`}>
          {(['图', '表'] as const).map((label) => {
            const on = (label === '表') === asTable;
            return (
              <View
                key={label}
                role="button"
                aria-pressed={on}
                className={on ? 'chart-frame__mode chart-frame__mode--on' : 'chart-frame__mode'}
                onClick={() => setAsTable(label === '表')}
              >
                {label}
              </View>
            );
          })}
        </View>
      </View>
      {asTable ? (
        <View className="chart-frame__table" role="table" aria-label={`${title}（表）`}>
          <View className="chart-frame__row chart-frame__head-row" role="row" style={columns}>
            {table.columns.map((c) => (
              <View key={c} role="columnheader">
                {c}
              </View>
            ))}
          </View>
          {table.rows.map((row) => (
            <View key={row.key} className="chart-frame__row" role="row" style={columns}>
              {row.cells.map((cell, i) => (
                // A cell is known by its column, as the header's cells are.
                <View key={table.columns[i]} role={i === 0 ? 'rowheader' : 'cell'}>
                  {cell}
                </View>
              ))}
            </View>
          ))}
        </View>
      ) : (
        children
      )}
    </View>
  );
}
