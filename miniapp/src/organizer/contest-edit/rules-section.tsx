import { SHOW_ANSWERS } from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import { Toggle } from '../../components/toggle';
import { Choice } from './choice';
import { COUNTS_LABELS, SHOW_ANSWERS_LABELS, TIME_LIMITS, type SectionProps } from './contest-form';

const ATTEMPTS = Array.from({ length: 10 }, (_, i) => i + 1);

function NumberPicker({
  label,
  values,
  value,
  unit,
  onPick,
  error,
}: {
  label: string;
  values: number[];
  value: number;
  unit: string;
  onPick(n: number): void;
  error: string | undefined;
}) {
  return (
    <View className="sb-field">
      <Text className="sb-field__label">{label}</Text>
      <Picker
        mode="selector"
        range={values.map((n) => `${n} ${unit}`)}
        value={values.indexOf(value)}
        onChange={(e) => onPick(values[Number(e.detail.value)]!)}
      >
        <View className="sb-field__input sb-row" role="button" aria-label={`${label}：${value} ${unit}`}>
          <Text>
            {value} {unit}
          </Text>
        </View>
      </Picker>
      {error && <Text className="sb-field__error">{error}</Text>}
    </View>
  );
}

/** Time limit, attempts and which one counts, option order, and when answers are shown. */
export function RulesSection({ form, set, errors }: SectionProps) {
  return (
    <View className="sb-card contest-section">
      <NumberPicker
        label="答题时间"
        values={TIME_LIMITS}
        value={form.timeLimitMinutes}
        unit="分钟"
        onPick={(n) => set('timeLimitMinutes', n)}
        error={errors.timeLimitMinutes}
      />
      <NumberPicker
        label="每人可以答几次"
        values={ATTEMPTS}
        value={form.attemptsAllowed}
        unit="次"
        onPick={(n) => set('attemptsAllowed', n)}
        error={errors.attemptsAllowed}
      />
      {form.attemptsAllowed > 1 && (
        <Choice
          label="答多次时计入"
          options={['best', 'last'] as const}
          labels={COUNTS_LABELS}
          value={form.counts}
          onChange={(v) => set('counts', v)}
        />
      )}
      <View className="sb-field sb-row">
        <Text>打乱选项顺序</Text>
        <Toggle checked={form.shuffleOptions} label="打乱选项顺序" onChange={(on) => set('shuffleOptions', on)} />
      </View>
      <Choice
        label="公布答案和解析"
        options={SHOW_ANSWERS}
        labels={SHOW_ANSWERS_LABELS}
        value={form.showAnswers}
        onChange={(v) => set('showAnswers', v)}
      />
      <KeepPrivateToggle form={form} set={set} errors={errors} />
    </View>
  );
}

/** 题目保密: the one rule that can still change after the contest is created. */
export function KeepPrivateToggle({ form, set }: SectionProps) {
  return (
    <View className="sb-field sb-row">
      <View className="contest-toggle__text">
        <Text>题目保密</Text>
        <Text className="sb-muted">竞赛结束前，所抽题目不进每日一练，其他支部也不能抽用</Text>
      </View>
      <Toggle checked={form.keepPoolPrivate} label="题目保密" onChange={(on) => set('keepPoolPrivate', on)} />
    </View>
  );
}
