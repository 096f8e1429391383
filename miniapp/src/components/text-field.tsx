import { Input, Text, View } from '@tarojs/components';
import type { InputProps } from '@tarojs/components';
import { useEffect } from 'react';

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
        ariaLabel={label}
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

/**
 * On H5, Taro's Input puts `aria-label` on its wrapper element, not on the `<input>` inside it,
 * so screen readers would read an unnamed field. Name the real input too.
 */
export function useLabelledNativeInput(id: string, label: string): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    document.querySelector(`#${id} input`)?.setAttribute('aria-label', label);
  });
}
