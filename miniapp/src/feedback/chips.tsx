import { Text, View } from '@tarojs/components';
import './feedback.css';

export interface ChipOption<K extends string> {
  key: K;
  label: string;
}

interface ChipsProps<K extends string> {
  label: string;
  options: ChipOption<K>[];
  value: K | null;
  onChange(key: K): void;
  error?: string | undefined;
}

/** Big chips, one chosen: a radio group whose choice shows by a tick as well as by colour. */
export function Chips<K extends string>({ label, options, value, onChange, error }: ChipsProps<K>) {
  return (
    <View className="sb-field">
      <Text className="sb-field__label">{label}</Text>
      <View className="fb-chips" role="radiogroup" aria-label={label}>
        {options.map((option) => {
          const on = option.key === value;
          return (
            <View
              key={option.key}
              role="radio"
              aria-checked={on}
              aria-label={option.label}
              className={on ? 'fb-chip fb-chip--on' : 'fb-chip'}
              onClick={() => onChange(option.key)}
            >
              {on && <Text className="fb-chip__tick">✓</Text>}
              <Text>{option.label}</Text>
            </View>
          );
        })}
      </View>
      {error && (
        <View className="sb-field__error" role="alert">
          {error}
        </View>
      )}
    </View>
  );
}
