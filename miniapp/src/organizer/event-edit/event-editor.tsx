/** The event form itself: what, where and when, who may come, where and how check-in works; saved as a change, a draft or published. */
import {
  type BranchEvent,
  EVENT_KIND_LABELS,
  EVENT_KINDS,
  type EventKind,
  MEMBERS_ONLY_KINDS,
  defaultReminderMinutes,
  TEXT_MAX,
} from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { routes } from '../../api/routes';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { Toggle } from '../../components/toggle';
import { PAGES } from '../../nav';
import { defaultEventForm, eventFormOf, toEventBody } from './event-form';
import type { SetField } from './form-part';
import { GeofenceField } from './geofence-field';
import { OfflineFields } from './offline-fields';
import { ReminderField } from './reminder-field';
import { SaveButtons } from './save-buttons';
import { ScheduleFields } from './schedule-fields';

const KIND_OPTIONS = EVENT_KINDS.map((kind) => EVENT_KIND_LABELS[kind]);

/** A new event (`editing` absent) or changes to an existing one; a new one may be kept as a draft. */
export function EventEditor({ branchId, editing }: { branchId: string; editing?: BranchEvent }) {
  const [form, setForm] = useState(() => (editing ? eventFormOf(editing) : defaultEventForm('training')));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));

  async function save(status: 'draft' | 'published' | undefined) {
    setSaving(true);
    setErrors({});
    try {
      const body = { ...toEventBody(form), ...(status ? { status } : {}) };
      if (editing) {
        await api(routes.updateEvent, { params: { id: editing.id }, body }, { toast: false });
        void Taro.showToast({ title: '已保存', icon: 'success' });
        void Taro.navigateBack();
        return;
      }
      const event = await api(
        routes.createEvent,
        { params: { id: branchId }, body: { ...body, status: status ?? 'published' } },
        { toast: false },
      );
      if (event.status === 'draft') void Taro.redirectTo({ url: `${PAGES.event}?id=${event.id}` });
      else void Taro.redirectTo({ url: `${PAGES.eventDisplay}?id=${event.id}` });
    } catch (e) {
      const error = e as ApiRequestError;
      setErrors(error.fields ?? { _: error.message });
    } finally {
      setSaving(false);
    }
  }

  const incomplete = !form.title.trim() || !form.placeName.trim();
  return (
    <View>
      <View className="sb-field">
        <Text className="sb-field__label">活动类型</Text>
        <Picker
          mode="selector"
          range={KIND_OPTIONS}
          value={EVENT_KINDS.indexOf(form.kind)}
          onChange={(e) => {
            const kind = EVENT_KINDS[Number(e.detail.value)] as EventKind;
            setForm((f) => ({
              ...f,
              kind,
              audience: MEMBERS_ONLY_KINDS.includes(kind) ? 'members' : 'everyone',
              remindBeforeMinutes: defaultReminderMinutes(kind),
            }));
          }}
        >
          <View className="sb-field__input sb-row" role="button" aria-label={`活动类型：${EVENT_KIND_LABELS[form.kind]}`}>
            <Text>{EVENT_KIND_LABELS[form.kind]}</Text>
          </View>
        </Picker>
      </View>
      <TextField
        id="event-title"
        label="活动名称"
        value={form.title}
        maxlength={TEXT_MAX.eventTitle}
        placeholder="如：班前安全教育"
        onChange={(v) => set('title', v)}
        error={errors.title}
      />
      <TextField
        id="event-place"
        label="活动地点"
        value={form.placeName}
        maxlength={TEXT_MAX.place}
        placeholder="如：项目部一楼会议室"
        onChange={(v) => set('placeName', v)}
        error={errors.placeName}
      />
      <ScheduleFields form={form} set={set} errors={errors} />
      <TextAreaField
        id="event-description"
        label="活动说明（选填）"
        value={form.description}
        maxlength={TEXT_MAX.eventDescription}
        placeholder="议程、需要带的材料等"
        onChange={(v) => set('description', v)}
        error={errors.description}
      />
      <View className="sb-field sb-row">
        <Text>仅限党员参加</Text>
        <Toggle
          checked={form.audience === 'members'}
          label="仅限党员参加"
          onChange={(on) => set('audience', on ? 'members' : 'everyone')}
        />
      </View>
      <GeofenceField form={form} set={set} />
      <ReminderField form={form} set={set} errors={errors} />
      <OfflineFields form={form} set={set} errors={errors} />
      {errors._ && <Text className="sb-field__error">{errors._}</Text>}
      <SaveButtons editing={editing} saving={saving} incomplete={incomplete} onSave={(status) => void save(status)} />
    </View>
  );
}
