import { View } from '@tarojs/components';
import './toggle.css';

export interface ToggleProps {
  checked: boolean;
  label: string;
  onChange(checked: boolean): void;
}

/** An on/off switch with a thumb-sized tap area, announced as a switch with its state and name. */
export function Toggle({ checked, label, onChange }: ToggleProps) {
  return (
    <View
      className={checked ? 'sb-toggle sb-toggle--on' : 'sb-toggle'}
      role="switch"
      aria-checked={checked}
      aria-label={label}
      onClick={() => onChange(!checked)}
    >
      <View className="sb-toggle__track">
        <View className="sb-toggle__knob" />
      </View>
    </View>
  );
}
