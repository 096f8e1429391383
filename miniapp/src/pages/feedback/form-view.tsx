import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_ROUTE_LABELS,
  FEEDBACK_ROUTES,
  FEEDBACK_TEXT,
  MAX_PHOTOS,
  TEXT_MAX,
} from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { Toggle } from '../../components/toggle';
import { Button } from '../../components/ui';
import { Chips } from '../../feedback/chips';
import { routeOf, textCountLabel, withAnonymous, withCategory, type FeedbackForm, type FeedbackFormErrors } from '../../feedback/form';
import { PhotoPicker } from '../../feedback/photo-picker';
import type { PickedPhoto } from '../../feedback/pick-photos';

const CATEGORY_OPTIONS = FEEDBACK_CATEGORIES.map((key) => ({ key, label: FEEDBACK_CATEGORY_LABELS[key] }));
const ROUTE_OPTIONS = FEEDBACK_ROUTES.map((key) => ({ key, label: FEEDBACK_ROUTE_LABELS[key] }));

/** 报送给: a 廉政监督 report may go past the branch to the region's discipline contact, so it never lands with the person it is about. */
function IntegrityRoute({
  form,
  onForm,
  regionHasDisciplineContact,
  error,
}: {
  form: FeedbackForm;
  onForm(form: FeedbackForm): void;
  regionHasDisciplineContact: boolean;
  error?: string | undefined;
}) {
  if (!regionHasDisciplineContact) {
    return (
      <Text className="feedback-form__hint">
        廉政监督只有书记和纪检委员能看到，默认匿名提交。本区域还没有指定纪检联系人，暂时不能越过支部报送。
      </Text>
    );
  }
  const route = routeOf(form, true);
  return (
    <View>
      <Chips label="报送给" options={ROUTE_OPTIONS} value={route} onChange={(routeTo) => onForm({ ...form, routeTo })} error={error} />
      <Text className="feedback-form__hint">
        {route === 'region'
          ? '报送区域纪检联系人：本支部的书记、纪检委员和支委都看不到这条反馈。'
          : '报送本支部：只有书记和纪检委员能看到。反映的是支部或项目部人员时，请选区域纪检联系人。'}
      </Text>
    </View>
  );
}

interface FormViewProps {
  form: FeedbackForm;
  regionHasDisciplineContact: boolean;
  onForm(form: FeedbackForm): void;
  photos: PickedPhoto[];
  onAddPhotos(photos: PickedPhoto[]): void;
  onRemovePhoto(key: string): void;
  errors: FeedbackFormErrors;
  formError?: string | undefined;
  sending: boolean;
  onSubmit(): void;
}

/** The 反馈 form: category chips, the text with its count, place, photos, 匿名, and 提交反馈. */
export function FormView({
  form,
  regionHasDisciplineContact,
  onForm,
  photos,
  onAddPhotos,
  onRemovePhoto,
  errors,
  formError,
  sending,
  onSubmit,
}: FormViewProps) {
  return (
    <View className="feedback-form">
      <Chips
        label="反馈类别"
        options={CATEGORY_OPTIONS}
        value={form.category}
        onChange={(c) => onForm(withCategory(form, c))}
        error={errors.category}
      />
      {form.category === 'integrity' && (
        <IntegrityRoute form={form} onForm={onForm} regionHasDisciplineContact={regionHasDisciplineContact} error={errors.routeTo} />
      )}
      <View className="feedback-form__text">
        <TextAreaField
          id="feedback-text"
          label="反馈内容"
          value={form.text}
          maxlength={FEEDBACK_TEXT.max}
          placeholder="请写清楚什么事、在哪里、什么时候"
          onChange={(text) => onForm({ ...form, text })}
          error={errors.text}
        />
        <Text className="feedback-form__count">{textCountLabel(form.text)}</Text>
      </View>
      <TextField
        id="feedback-place"
        label="地点（选填）"
        value={form.place}
        maxlength={TEXT_MAX.place}
        placeholder="如：3号楼东侧脚手架"
        onChange={(place) => onForm({ ...form, place })}
        error={errors.place}
      />
      <PhotoPicker
        inputId="feedback-photo-input"
        photos={photos}
        max={MAX_PHOTOS}
        onAdd={onAddPhotos}
        onRemove={onRemovePhoto}
        disabled={sending}
      />
      <View className="sb-field">
        <View className="sb-row">
          <View className="feedback-form__anonymous">
            <Text>匿名提交</Text>
            <Text className="sb-muted">
              {form.anonymous
                ? '匿名提交不会记录您的身份，也就无法通知您进展和回复：请凭回执码查看'
                : '匿名提交不会记录您的身份，凭回执码查看进展；实名提交的，处理进展和回复会在“消息”里通知您'}
            </Text>
          </View>
          <Toggle checked={form.anonymous} label="匿名提交" onChange={(on) => onForm(withAnonymous(form, on))} />
        </View>
      </View>
      {formError && (
        <View className="sb-field__error feedback-form__error" role="alert">
          {formError}
        </View>
      )}
      <View className="sb-actions">
        <Button type="primary" loading={sending} disabled={sending} onClick={onSubmit}>
          {sending ? '正在提交…' : '提交反馈'}
        </Button>
      </View>
    </View>
  );
}
