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
 * On H5, Taro's Input renders an `<input>` inside its own element, a moment after React mounts
 * it, and passes no name down; `aria-label` on the outer element is not allowed either. So name
 * the real input once it exists, or screen readers would read an unnamed field.
 */
export function useLabelledNativeInput(id: string, label: string): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    const host = document.getElementById(id);
    if (!host) return;
    const labelInput = () => {
      const input = host.querySelector('input');
      input?.setAttribute('aria-label', label);
      return Boolean(input);
    };
    if (labelInput()) return;
    const observer = new MutationObserver(() => labelInput() && observer.disconnect());
    observer.observe(host, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [id, label]);
}
