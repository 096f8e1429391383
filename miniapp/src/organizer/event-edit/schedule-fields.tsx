/** When an event is: its start (date and time, Beijing time) and how long it lasts. */
import { Picker, Text, View } from '@tarojs/components';
import type { FormPartProps } from './form-part';

const DURATIONS = [30, 60, 90, 120, 180, 240, 480];

export function ScheduleFields({ form, set, errors }: FormPartProps) {
  const durations = DURATIONS.includes(form.durationMinutes) ? DURATIONS : [...DURATIONS, form.durationMinutes].sort((a, b) => a - b);
  return (
    <>
      <View className="sb-field">
        <Text className="sb-field__label">开始时间（北京时间）</Text>
        <View className="sb-row">
          <Picker mode="date" value={form.date} onChange={(e) => set('date', e.detail.value)}>
            <View className="sb-field__input sb-row" role="button" aria-label={`日期：${form.date}`}>
              <Text>{form.date}</Text>
            </View>
          </Picker>
          <Picker mode="time" value={form.time} onChange={(e) => set('time', e.detail.value)}>
            <View className="sb-field__input sb-row" role="button" aria-label={`时间：${form.time}`}>
              <Text>{form.time}</Text>
            </View>
          </Picker>
        </View>
      </View>
      <View className="sb-field">
        <Text className="sb-field__label">时长</Text>
        <Picker
          mode="selector"
          range={durations.map((m) => `${m} 分钟`)}
          value={durations.indexOf(form.durationMinutes)}
          onChange={(e) => set('durationMinutes', durations[Number(e.detail.value)]!)}
        >
          <View className="sb-field__input sb-row" role="button" aria-label={`时长：${form.durationMinutes} 分钟`}>
            <Text>{form.durationMinutes} 分钟</Text>
          </View>
        </Picker>
        {errors.endsAt && <Text className="sb-field__error">{errors.endsAt}</Text>}
      </View>
    </>
  );
}
