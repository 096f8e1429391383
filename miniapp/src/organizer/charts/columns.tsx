import { Text, View } from '@tarojs/components';
import './charts.css';

/** Vertical columns over time (a rate per month), each with its value written above it and its label under it. */
export function ColumnChart({
  title,
  columns,
}: {
  title: string;
  columns: { key: string; label: string; value: number | null; text: string }[];
}) {
  return (
    <View className="chart-columns" role="list" aria-label={title}>
      {columns.map((c) => (
        <View key={c.key} className="chart-columns__item" role="listitem" aria-label={`${c.label}：${c.text}`}>
          <Text className="chart-columns__value" aria-hidden>
            {c.text}
          </Text>
          <View className="chart-columns__track" aria-hidden>
            <View className="chart-columns__fill" style={{ height: `${Math.max(0, Math.min(100, c.value ?? 0))}%` }} />
          </View>
          <Text className="chart-columns__label" aria-hidden>
            {c.label}
          </Text>
        </View>
      ))}
    </View>
  );
}
