import { View } from '@tarojs/components';
import './tabs.css';

export interface TabItem<K extends string> {
  key: K;
  label: string;
}

/** A row of tabs (a segmented control), each at least one tap target tall. */
export function Tabs<K extends string>({
  items,
  value,
  onChange,
  label,
}: {
  items: TabItem<K>[];
  value: K;
  onChange(key: K): void;
  label?: string;
}) {
  return (
    <View className="sb-tabs" role="tablist" aria-label={label}>
      {items.map((item) => (
        <View
          key={item.key}
          role="tab"
          aria-selected={value === item.key}
          className={value === item.key ? 'sb-tab sb-tab--on' : 'sb-tab'}
          onClick={() => onChange(item.key)}
        >
          {item.label}
        </View>
      ))}
    </View>
  );
}
