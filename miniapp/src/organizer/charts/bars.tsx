import { Text, View } from '@tarojs/components';
import './charts.css';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The number as words beside the bar, so nothing is said by length or colour alone. */
  text: string;
}

/** Horizontal bars drawn with plain boxes: each row its label, a bar as long as its share of the largest, and its number. */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const largest = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <View className="chart-bars" role="list" aria-label={title}>
      {bars.map((bar) => (
        <View key={bar.key} className="chart-bars__row" role="listitem">
          <Text className="chart-bars__label">{bar.label}</Text>
          <View className="chart-bars__track" aria-hidden>
            <View className="chart-bars__fill" style={{ width: `${(bar.value / largest) * 100}%` }} />
          </View>
          <Text className="chart-bars__value">{bar.text}</Text>
        </View>
      ))}
    </View>
  );
}

/** A rate from 0 to 1 as a bar on a full-width track, with the percentage written beside it. */
export function RateBar({ rate, label }: { rate: number; label: string }) {
  const percent = Math.round(rate * 100);
  return (
    <View className="chart-bars__row" aria-label={`${label} ${percent}%`} role="img">
      <View className="chart-bars__track" aria-hidden>
        <View className="chart-bars__fill" style={{ width: `${percent}%` }} />
      </View>
      <Text className="chart-bars__value">
        {label} {percent}%
      </Text>
    </View>
  );
}
