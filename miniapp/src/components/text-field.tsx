import { Input, Text, View } from '@tarojs/components';
import type { InputProps } from '@tarojs/components';
import { useLabelledNativeInput } from './inner-attribute';

export interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  error?: string | undefined;
  placeholder?: string;
  maxlength?: number;
  type?: InputProps['type'];
}

/** A labelled text input with its error under it; the label is announced by screen readers. */
export function TextField({ id, label, value, onChange, error, placeholder, maxlength, type = 'text' }: TextFieldProps) {
  useLabelledNativeInput(id, label);
  return (
    <View className="sb-field">
      <Text className="sb-field__label" id={`${id}-label`}>
        {label}
      </Text>
      <Input
        id={id}
        className="sb-field__input"
        type={type}
        value={value}
        placeholder={placeholder}
        maxlength={maxlength}
        onInput={(e) => onChange(e.detail.value)}
      />
      {error && (
        <View className="sb-field__error" role="alert">
          {error}
        </View>
      )}
    </View>
  );
}
