import { QUESTION_TYPE_LABELS, QUESTION_TYPES, TEXT_MAX } from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { MAX_DRAW_RULES, newDrawRow, totals, type DrawRow, type SectionProps } from './contest-form';

const TYPE_NAMES = QUESTION_TYPES.map((type) => QUESTION_TYPE_LABELS[type]);

interface DrawRuleRowProps {
  index: number;
  rule: DrawRow;
  onChange(rule: DrawRow): void;
  /** Absent for the last rule left. */
  onRemove: (() => void) | undefined;
  errors: Record<string, string>;
}

function DrawRuleRow({ index, rule, onChange, onRemove, errors }: DrawRuleRowProps) {
  const name = `规则 ${index + 1}`;
  return (
    <View className="contest-rule">
      <View className="sb-field sb-row">
        <Text className="contest-rule__title">{name}</Text>
        {onRemove && (
          <Button size="small" type="default" aria-label={`删除${name}`} onClick={onRemove}>
            删除
          </Button>
        )}
      </View>
      <View className="sb-field">
        <Text className="sb-field__label">题型</Text>
        <Picker
          mode="selector"
          range={TYPE_NAMES}
          value={QUESTION_TYPES.indexOf(rule.type)}
          onChange={(e) => onChange({ ...rule, type: QUESTION_TYPES[Number(e.detail.value)]! })}
        >
          <View className="sb-field__input sb-row" role="button" aria-label={`${name}题型：${QUESTION_TYPE_LABELS[rule.type]}`}>
            <Text>{QUESTION_TYPE_LABELS[rule.type]}</Text>
          </View>
        </Picker>
      </View>
      <TextField
        id={`draw-${index}-count`}
        label="抽几道"
        type="number"
        value={rule.count}
        maxlength={3}
        onChange={(count) => onChange({ ...rule, count })}
        error={errors[`draw.${index}.count`]}
      />
      <TextField
        id={`draw-${index}-tag`}
        label="只抽这个标签的题（选填）"
        value={rule.tag}
        maxlength={TEXT_MAX.tag}
        placeholder="如：安全生产"
        onChange={(tag) => onChange({ ...rule, tag })}
        error={errors[`draw.${index}.tag`]}
      />
    </View>
  );
}

/** 抽题规则 (each person gets their own draw by these rules) and the points of each type. */
export function DrawSection({ form, set, errors }: SectionProps) {
  const { questions, maxScore } = totals(form);
  const setRule = (index: number, rule: DrawRow) =>
    set(
      'draw',
      form.draw.map((r, i) => (i === index ? rule : r)),
    );
  return (
    <View className="sb-card contest-section">
      <Text className="contest-section__title">抽题规则</Text>
      <Text className="sb-muted contest-section__hint">每人按规则从所选题库随机抽题；题目不够时，保存时会提示。</Text>
      {form.draw.map((rule, index) => (
        <DrawRuleRow
          // biome-ignore lint/suspicious/noArrayIndexKey: a rule is its position (named 规则 N, with the server's errors at draw.N.*), rules have no id, and a row keeps no state of its own: every field is the form's.
          key={index}
          index={index}
          rule={rule}
          errors={errors}
          onChange={(next) => setRule(index, next)}
          onRemove={
            form.draw.length > 1
              ? () =>
                  set(
                    'draw',
                    form.draw.filter((_, i) => i !== index),
                  )
              : undefined
          }
        />
      ))}
      {errors.draw && <Text className="sb-field__error contest-section__hint">{errors.draw}</Text>}
      {form.draw.length < MAX_DRAW_RULES && (
        <View className="sb-actions">
          <Button type="primary" fill="outline" onClick={() => set('draw', [...form.draw, newDrawRow()])}>
            添加一条规则
          </Button>
        </View>
      )}
      <Text className="contest-section__title">每题分值</Text>
      {QUESTION_TYPES.map((type) => (
        <TextField
          key={type}
          id={`points-${type}`}
          label={`${QUESTION_TYPE_LABELS[type]}每题几分`}
          type="number"
          value={form.points[type]}
          maxlength={3}
          onChange={(value) => set('points', { ...form.points, [type]: value })}
          error={errors[`points.${type}`]}
        />
      ))}
      <Text className="contest-section__total">
        每人 {questions} 道题，满分 {maxScore} 分
      </Text>
    </View>
  );
}
