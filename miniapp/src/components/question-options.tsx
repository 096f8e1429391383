import type { QuestionType } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import './question-options.css';

export interface OptionItem {
  key: string;
  text: string;
}

interface Props {
  type: QuestionType;
  options: OptionItem[];
  /** Letters chosen, e.g. "AC". */
  chosen: string;
  onChange?: (chosen: string) => void;
  /** After answering: the right letters, shown in green; wrong choices in red. */
  answer?: string;
  disabled?: boolean;
}

/**
 * The options of a question as big tappable rows, labelled A, B, C… in the order shown (the
 * letter the answer uses is `key`). Single choice and true/false behave as radio buttons,
 * multiple choice as checkboxes.
 */
export function QuestionOptions({ type, options, chosen, onChange, answer, disabled }: Props) {
  const multiple = type === 'multiple';
  function toggle(key: string) {
    if (disabled || !onChange) return;
    if (!multiple) return onChange(key);
    const next = chosen.includes(key) ? chosen.replace(key, '') : chosen + key;
    onChange([...next].sort().join(''));
  }
  return (
    <View className="sb-options" role={multiple ? 'group' : 'radiogroup'}>
      {options.map((option, i) => {
        const selected = chosen.includes(option.key);
        const state = answer === undefined ? '' : answer.includes(option.key) ? ' sb-option--right' : selected ? ' sb-option--wrong' : '';
        const label = String.fromCharCode(65 + i);
        return (
          <View
            key={option.key}
            className={`sb-option${selected ? ' sb-option--selected' : ''}${state}`}
            role={multiple ? 'checkbox' : 'radio'}
            aria-checked={selected}
            aria-disabled={disabled}
            aria-label={`${label}. ${option.text}`}
            onClick={() => toggle(option.key)}
          >
            <Text className="sb-option__letter">{label}</Text>
            <Text className="sb-option__text">{option.text}</Text>
            {answer?.includes(option.key) && <Text className="sb-option__mark">正确答案</Text>}
          </View>
        );
      })}
    </View>
  );
}

/** The letters of `answer` as the person saw them (A, B… by position), e.g. "B、D". */
export function shownLetters(options: OptionItem[], answer: string): string {
  return options
    .map((option, i) => (answer.includes(option.key) ? String.fromCharCode(65 + i) : ''))
    .filter(Boolean)
    .join('、');
}
