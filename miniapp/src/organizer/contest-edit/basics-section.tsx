import { TEXT_MAX } from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import { TextAreaField } from '../../components/text-area-field';
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
  return (
    <View className="sb-card contest-section">
      <TextField
        id="contest-title"
        label="竞赛名称"
        value={form.title}
        maxlength={TEXT_MAX.contestTitle}
        placeholder="如：安全生产月知识竞赛"
        onChange={(v) => set('title', v)}
        error={errors.title}
      />
      <TextAreaField
        id="contest-description"
        label="竞赛说明（选填）"
        value={form.description}
        maxlength={TEXT_MAX.contestDescription}
        placeholder="比赛规则、奖励等"
        onChange={(v) => set('description', v)}
        error={errors.description}
      />
      <DateTimeField
        label="开始"
        date={form.opensDate}
        time={form.opensTime}
        onDate={(v) => set('opensDate', v)}
        onTime={(v) => set('opensTime', v)}
        error={errors.opensAt}
      />
      <DateTimeField
        label="结束"
        date={form.closesDate}
        time={form.closesTime}
        onDate={(v) => set('closesDate', v)}
        onTime={(v) => set('closesTime', v)}
        error={errors.closesAt}
      />
    </View>
  );
}
