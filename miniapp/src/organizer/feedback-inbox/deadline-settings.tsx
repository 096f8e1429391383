import { FeedbackSettingsSchema } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { fieldErrors, showSaveError } from '../../api/form-errors';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { routes } from '../../api/routes';

const FIELDS = [
  { key: 'acceptDays', label: '受理时限' },
  { key: 'resolveDays', label: '办结时限' },
  { key: 'followUpDays', label: '跟进时限（评价不满意后）' },
] as const;
type Form = Record<(typeof FIELDS)[number]['key'], string>;

/**
 * 办理时限: the branch's feedback deadlines in working days. Organizers see them; the secretary
 * changes them (for feedback sent from then on).
 */
export function DeadlineSettings({ branchId, canEdit }: { branchId: string; canEdit: boolean }) {
  const loaded = useRequest(() => api(routes.getFeedbackSettings, { params: { id: branchId } }, { toast: false }), [branchId]);
  const [form, setForm] = useState<Form | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const settings = loaded.data;
  if (!settings) return null;

  const edit = () =>
    setForm({
      acceptDays: String(settings.acceptDays),
      resolveDays: String(settings.resolveDays),
      followUpDays: String(settings.followUpDays),
    });
  async function save(current: Form) {
    const body = {
      acceptDays: Number(current.acceptDays),
      resolveDays: Number(current.resolveDays),
      followUpDays: Number(current.followUpDays),
    };
    const checked = FeedbackSettingsSchema.safeParse(body);
    if (!checked.success) {
      setErrors(fieldErrors(checked.error.issues));
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await api(routes.updateFeedbackSettings, { params: { id: branchId }, body }, { toast: false });
      await loaded.reload();
      setForm(null);
      void Taro.showToast({ title: '时限已保存', icon: 'success' });
    } catch (e) {
      showSaveError(e, setErrors);
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="sb-card deadline-settings" aria-label="办理时限">
      <Text className="deadline-settings__title">办理时限</Text>
      {form ? (
        <View>
          {FIELDS.map(({ key, label }) => (
            <TextField
              key={key}
              id={`deadline-${key}`}
              label={`${label}（工作日）`}
              type="number"
              maxlength={2}
              value={form[key]}
              onChange={(value) => setForm({ ...form, [key]: value })}
              error={errors[key]}
            />
          ))}
          <View className="deadline-settings__actions">
            <Button type="primary" loading={saving} onClick={() => void save(form)}>
              保存时限
            </Button>
            <Button type="default" onClick={() => setForm(null)}>
              取消
            </Button>
          </View>
        </View>
      ) : (
        <View>
          <Text className="deadline-settings__summary">
            受理 {settings.acceptDays} 个工作日 · 办结 {settings.resolveDays} 个工作日 · 不满意后跟进 {settings.followUpDays} 个工作日
          </Text>
          {canEdit && (
            <Button size="small" type="primary" fill="outline" onClick={edit}>
              修改时限
            </Button>
          )}
        </View>
      )}
      <Text className="sb-muted deadline-settings__note">工作日不含周末和法定节假日；修改后，对之后提交的反馈生效。</Text>
    </View>
  );
}
