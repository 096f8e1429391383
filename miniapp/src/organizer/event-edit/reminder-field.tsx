/** How long before the start the people who tapped 提醒我 are reminded (by kind unless changed). */
import { REMINDER_CHOICES, reminderLabel } from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import { choicesWith } from './choices';
import type { FormPartProps } from './form-part';

export function ReminderField({ form, set, errors }: FormPartProps) {
  const choices = choicesWith(REMINDER_CHOICES, form.remindBeforeMinutes);
  return (
    <View className="sb-field">
      <Text className="sb-field__label">活动提醒</Text>
      <Picker
        mode="selector"
        range={choices.map(reminderLabel)}
        value={choices.indexOf(form.remindBeforeMinutes)}
        onChange={(e) => set('remindBeforeMinutes', choices[Number(e.detail.value)]!)}
      >
        <View className="sb-field__input sb-row" role="button" aria-label={`活动提醒：${reminderLabel(form.remindBeforeMinutes)}`}>
          <Text>{reminderLabel(form.remindBeforeMinutes)}</Text>
        </View>
      </Picker>
      {errors.remindBeforeMinutes && <Text className="sb-field__error">{errors.remindBeforeMinutes}</Text>}
      <Text className="sb-muted">点了“提醒我”的人会在这时收到提醒；活动改期或取消时也会通知他们。</Text>
    </View>
  );
}
