import { Picker, Text, Textarea, View } from '@tarojs/components';
import { useInnerAttribute } from '../../components/inner-attribute';
import { TextField } from '../../components/text-field';
import type { SectionProps } from './contest-form';

interface DateTimeFieldProps {
  label: string;
  date: string;
  time: string;
  onDate(date: string): void;
  onTime(time: string): void;
  error: string | undefined;
}

function DateTimeField({ label, date, time, onDate, onTime, error }: DateTimeFieldProps) {
  return (
    <View className="sb-field">
      <Text className="sb-field__label">{label}（北京时间）</Text>
      <View className="sb-row">
        <Picker mode="date" value={date} onChange={(e) => onDate(e.detail.value)}>
          <View className="sb-field__input sb-row" role="button" aria-label={`${label}日期：${date}`}>
            <Text>{date}</Text>
          </View>
        </Picker>
        <Picker mode="time" value={time} onChange={(e) => onTime(e.detail.value)}>
          <View className="sb-field__input sb-row" role="button" aria-label={`${label}时间：${time}`}>
            <Text>{time}</Text>
          </View>
        </Picker>
      </View>
      {error && <Text className="sb-field__error">{error}</Text>}
    </View>
  );
}

/** Name, description and when the contest is open. */
export function BasicsSection({ form, set, errors }: SectionProps) {
  useInnerAttribute('contest-description', 'textarea', 'aria-label', '竞赛说明（选填）');
  return (
    <View className="sb-card contest-section">
      <TextField id="contest-title" label="竞赛名称" value={form.title} maxlength={60} placeholder="如：安全生产月知识竞赛" onChange={(v) => set('title', v)} error={errors.title} />
      <View className="sb-field">
        <Text className="sb-field__label">竞赛说明（选填）</Text>
        <Textarea
          id="contest-description"
          className="sb-field__input sb-field__textarea"
          value={form.description}
          maxlength={1000}
          placeholder="比赛规则、奖励等"
          onInput={(e) => set('description', e.detail.value)}
        />
        {errors.description && <Text className="sb-field__error">{errors.description}</Text>}
      </View>
      <DateTimeField label="开始" date={form.opensDate} time={form.opensTime} onDate={(v) => set('opensDate', v)} onTime={(v) => set('opensTime', v)} error={errors.opensAt} />
      <DateTimeField label="结束" date={form.closesDate} time={form.closesTime} onDate={(v) => set('closesDate', v)} onTime={(v) => set('closesTime', v)} error={errors.closesAt} />
    </View>
  );
}
