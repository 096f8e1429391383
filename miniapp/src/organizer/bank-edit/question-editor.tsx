import {
  DIFFICULTIES,
  DIFFICULTY_LABELS,
  type Question,
  QUESTION_TYPE_LABELS,
  QUESTION_TYPES,
  SUGGESTED_TAGS,
  TEXT_MAX,
} from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { OptionRows } from './option-rows';
import {
  emptyQuestionForm,
  fieldError,
  missing,
  parseTags,
  questionFormOf,
  toQuestionBody,
  withType,
  type QuestionForm,
} from './question-form';
import './question-editor.css';
import { routes } from '../../api/routes';

export interface QuestionEditorProps {
  bankId: string;
  /** The question being changed, or null for a new one. */
  question: Question | null;
  onSaved(): void;
  onCancel(): void;
}

function SelectorField({ label, range, index, onPick }: { label: string; range: string[]; index: number; onPick(index: number): void }) {
  return (
    <View className="sb-field">
      <Text className="sb-field__label">{label}</Text>
      <Picker mode="selector" range={range} value={index} onChange={(e) => onPick(Number(e.detail.value))}>
        <View className="sb-field__input sb-row" role="button" aria-label={`${label}：${range[index]}`}>
          <Text>{range[index]}</Text>
        </View>
      </Picker>
    </View>
  );
}

/** 添加题目 or 修改题目: type, stem, options with the answer, explanation, tags, difficulty. */
export function QuestionEditor({ bankId, question, onSaved, onCancel }: QuestionEditorProps) {
  const [form, setForm] = useState<QuestionForm>(() => (question ? questionFormOf(question) : emptyQuestionForm()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof QuestionForm>(key: K, value: QuestionForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const blocker = missing(form);
  const tags = parseTags(form.tagsText);

  async function save() {
    setSaving(true);
    setErrors({});
    try {
      const body = toQuestionBody(form);
      if (question)
        await api(
          routes.updateQuestion,
          { params: { id: bankId, questionId: question.id }, body: { ...body, status: question.status } },
          { toast: false },
        );
      else await api(routes.addQuestion, { params: { id: bankId }, body }, { toast: false });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      onSaved();
    } catch (e) {
      const error = e as ApiRequestError;
      setErrors(error.fields ?? { _: error.message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="sb-card bank-editor">
      <Text className="bank-editor__title">{question ? '修改题目' : '添加题目'}</Text>
      <SelectorField
        label="题型"
        range={QUESTION_TYPES.map((t) => QUESTION_TYPE_LABELS[t])}
        index={QUESTION_TYPES.indexOf(form.type)}
        onPick={(i) => setForm((f) => withType(f, QUESTION_TYPES[i]!))}
      />
      <TextAreaField
        id="question-stem"
        label="题干"
        value={form.stem}
        maxlength={TEXT_MAX.questionStem}
        placeholder="至少 4 个字"
        onChange={(v) => set('stem', v)}
        error={errors.stem}
      />
      <OptionRows form={form} onChange={setForm} errors={errors} />
      <TextAreaField
        id="question-explanation"
        label="解析（选填）"
        value={form.explanation}
        maxlength={TEXT_MAX.questionExplanation}
        placeholder="答题后给大家看的说明"
        onChange={(v) => set('explanation', v)}
        error={errors.explanation}
      />
      <TextField
        id="question-tags"
        label="标签（选填，用逗号或顿号分开，最多 5 个）"
        value={form.tagsText}
        placeholder="如：安全生产、党史"
        onChange={(v) => set('tagsText', v)}
        error={fieldError(errors, 'tags')}
      />
      <View className="bank-editor__tags">
        {SUGGESTED_TAGS.filter((tag) => !tags.includes(tag)).map((tag) => (
          <Button
            key={tag}
            size="small"
            type="default"
            aria-label={`添加标签 ${tag}`}
            onClick={() => set('tagsText', [...tags, tag].join('、'))}
          >
            +{tag}
          </Button>
        ))}
      </View>
      <SelectorField
        label="难度"
        range={DIFFICULTIES.map((d) => DIFFICULTY_LABELS[d])}
        index={DIFFICULTIES.indexOf(form.difficulty)}
        onPick={(i) => set('difficulty', DIFFICULTIES[i]!)}
      />
      {blocker && <Text className="sb-muted bank-editor__hint">{blocker}</Text>}
      {errors._ && (
        <View className="sb-field__error" role="alert">
          {errors._}
        </View>
      )}
      <View className="sb-actions">
        <Button type="primary" loading={saving} disabled={saving || blocker !== null} onClick={() => void save()}>
          保存
        </Button>
        <Button type="default" disabled={saving} onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
