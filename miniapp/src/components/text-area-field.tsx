import { Text, Textarea, View } from '@tarojs/components';
import { useInnerAttribute } from './inner-attribute';

export interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  maxlength: number;
  placeholder?: string;
  error?: string | undefined;
}

/** A labelled multi-line text field with its error under it (the inner textarea is named for screen readers). */
export function TextAreaField({ id, label, value, onChange, maxlength, placeholder, error }: TextAreaFieldProps) {
  useInnerAttribute(id, 'textarea', 'aria-label', label);
  return (
    <View className="sb-field">
      <Text className="sb-field__label">{label}</Text>
      <Textarea
        id={id}
        className="sb-field__input sb-field__textarea"
        value={value}
        maxlength={maxlength}
        placeholder={placeholder}
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
