import { Text, View } from '@tarojs/components';

export interface ChoiceProps<T extends string> {
  label: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange(value: T): void;
}

/** A few options side by side, one chosen: announced as a radio group, each option a full tap target. */
export function Choice<T extends string>({ label, options, labels, value, onChange }: ChoiceProps<T>) {
  return (
    <View className="sb-field">
      <Text className="sb-field__label">{label}</Text>
      <View className="contest-choice" role="radiogroup" aria-label={label}>
        {options.map((option) => (
          <View
            key={option}
            role="radio"
            aria-checked={option === value}
            className={option === value ? 'contest-choice__item contest-choice__item--on' : 'contest-choice__item'}
            onClick={() => onChange(option)}
          >
            {labels[option]}
          </View>
        ))}
      </View>
    </View>
  );
}
