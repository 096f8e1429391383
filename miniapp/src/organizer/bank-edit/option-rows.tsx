import { MAX_OPTIONS, MIN_OPTIONS, OPTION_LETTERS, TEXT_MAX } from '@sitebranch/shared';
import { Input, Text, View } from '@tarojs/components';
import { useLabelledNativeInput } from '../../components/inner-attribute';
import { Button } from '../../components/ui';
import { addOption, removeOption, toggleAnswer, type QuestionForm } from './question-form';

interface OptionRowProps {
  form: QuestionForm;
  index: number;
  onChange(form: QuestionForm): void;
  error: string | undefined;
}

/** One option: its letter (tap to mark it right), its text, and 删除 while more than two are left. */
function OptionRow({ form, index, onChange, error }: OptionRowProps) {
  const letter = OPTION_LETTERS[index]!;
  const right = form.answer.includes(letter);
  const judge = form.type === 'judge';
  const id = `question-option-${index}`;
  useLabelledNativeInput(id, `选项 ${letter}`);
  return (
    <View className="bank-option">
      <View className="bank-option__row">
        <View
          className={right ? 'bank-option__letter bank-option__letter--right' : 'bank-option__letter'}
          role={form.type === 'multiple' ? 'checkbox' : 'radio'}
          aria-checked={right}
          aria-label={`选项 ${letter} 是正确答案`}
          onClick={() => onChange(toggleAnswer(form, letter))}
        >
          {right ? `✓${letter}` : letter}
        </View>
        {judge ? (
          <Text className="bank-option__fixed">{form.options[index]}</Text>
        ) : (
          <Input
            id={id}
            className="sb-field__input bank-option__input"
            value={form.options[index] ?? ''}
            maxlength={TEXT_MAX.questionOption}
            placeholder={`选项 ${letter}`}
            onInput={(e) => onChange({ ...form, options: form.options.map((o, i) => (i === index ? e.detail.value : o)) })}
          />
        )}
        {!judge && form.options.length > MIN_OPTIONS && (
          <Button size="small" type="default" aria-label={`删除选项 ${letter}`} onClick={() => onChange(removeOption(form, index))}>
            删除
          </Button>
        )}
      </View>
      {error && <Text className="sb-field__error">{error}</Text>}
    </View>
  );
}

/** The options, lettered A–F; the right ones are marked by tapping their letters. */
export function OptionRows({
  form,
  onChange,
  errors,
}: {
  form: QuestionForm;
  onChange(form: QuestionForm): void;
  errors: Record<string, string>;
}) {
  const hint = form.type === 'multiple' ? '点字母标出所有正确答案（至少两个）' : '点字母标出正确答案';
  return (
    <View className="sb-field">
      <Text className="sb-field__label">选项（{hint}）</Text>
      <View role={form.type === 'multiple' ? 'group' : 'radiogroup'} aria-label="正确答案">
        {form.options.map((_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: an option is its position (letters A–F follow the order, removing B makes C the new B) and a row keeps no state of its own; options are plain strings with no other identity.
          <OptionRow key={index} form={form} index={index} onChange={onChange} error={errors[`options.${index}`]} />
        ))}
      </View>
      {form.type !== 'judge' && form.options.length < MAX_OPTIONS && (
        <Button size="small" type="primary" fill="outline" onClick={() => onChange(addOption(form))}>
          添加选项
        </Button>
      )}
      {errors.options && <Text className="sb-field__error">{errors.options}</Text>}
      {errors.answer && <Text className="sb-field__error">{errors.answer}</Text>}
    </View>
  );
}
