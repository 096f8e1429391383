import { Text, View } from '@tarojs/components';
import './charts.css';

export interface Segment {
  label: string;
  value: number;
  tone: 'done' | 'missing' | 'open';
}

/** One bar per row, split into segments (e.g. held, missing, to come), each segment's number written in the legend line under it. */
export function StackedBars({ title, rows }: { title: string; rows: { key: string; label: string; segments: Segment[] }[] }) {
  return (
    <View className="chart-bars" role="list" aria-label={title}>
      {rows.map((row) => {
        const total = Math.max(
          1,
          row.segments.reduce((n, s) => n + s.value, 0),
        );
        const said =
          row.segments
            .filter((s) => s.value > 0)
            .map((s) => `${s.label} ${s.value}`)
            .join('，') || '无';
        return (
          <View key={row.key} className="chart-stacked" role="listitem" aria-label={`${row.label}：${said}`}>
            <View className="chart-bars__row">
              <Text className="chart-bars__label">{row.label}</Text>
              <View className="chart-bars__track chart-stacked__track" aria-hidden>
                {row.segments.map((s) =>
                  s.value > 0 ? (
                    <View
                      key={s.label}
                      className={`chart-stacked__part chart-stacked__part--${s.tone}`}
                      style={{ width: `${(s.value / total) * 100}%` }}
                    />
                  ) : null,
                )}
              </View>
            </View>
            <Text className="sb-muted chart-stacked__legend" aria-hidden>
              {said}
            </Text>
          </View>
        );
      })}
    </View>
  );
}
