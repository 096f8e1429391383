import {
  type BranchEvent,
  DEFAULT_GEOFENCE_RADIUS_M,
  EVENT_KIND_LABELS,
  EVENT_KINDS,
  type EventKind,
  MEMBERS_ONLY_KINDS,
  OFFLINE_GRACE_CHOICES,
  offlineGraceLabel as graceLabel,
  TEXT_MAX,
} from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { TextField } from '../../components/text-field';
import { Toggle } from '../../components/toggle';
import { Button } from '../../components/ui';
import { TextAreaField } from '../../components/text-area-field';
import { useRequest } from '../../hooks/use-request';
import { PAGES } from '../../nav';
import { currentLocationGcj02 } from '../../checkin/location';
import { useAppState } from '../../state/app-state';
import { defaultEventForm, eventFormOf, toEventBody } from './event-form';
import { routes } from '../../api/routes';

const KIND_OPTIONS = EVENT_KINDS.map((kind) => EVENT_KIND_LABELS[kind]);
const DURATIONS = [30, 60, 90, 120, 180, 240, 480];

/** A new event (`editing` absent) or changes to an existing one; a new one may be kept as a draft. */
function EventEditor({ branchId, editing }: { branchId: string; editing?: BranchEvent }) {
  const [form, setForm] = useState(() => (editing ? eventFormOf(editing) : defaultEventForm('training')));
  const durations = DURATIONS.includes(form.durationMinutes) ? DURATIONS : [...DURATIONS, form.durationMinutes].sort((a, b) => a - b);
  const graces: number[] = (OFFLINE_GRACE_CHOICES as readonly number[]).includes(form.offlineGraceMinutes)
    ? [...OFFLINE_GRACE_CHOICES]
    : [...OFFLINE_GRACE_CHOICES, form.offlineGraceMinutes].sort((a, b) => a - b);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof typeof form>(key: K, value: (typeof form)[K]) => setForm((f) => ({ ...f, [key]: value }));

  async function centreOnMyLocation() {
    try {
      const { lat, lng } = await currentLocationGcj02();
      set('geofence', { lat, lng, radiusM: DEFAULT_GEOFENCE_RADIUS_M });
    } catch {
      void Taro.showToast({ title: '没有拿到位置，请允许使用位置后重试', icon: 'none' });
    }
  }

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
            setForm((f) => ({ ...f, kind, audience: MEMBERS_ONLY_KINDS.includes(kind) ? 'members' : 'everyone' }));
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
      <View className="sb-field">
        <Text className="sb-field__label">签到范围（选填）</Text>
        <View className="sb-row">
          <Text className="sb-muted">{form.geofence ? `以当前位置为中心 ${form.geofence.radiusM} 米内` : '不限位置，只凭现场二维码'}</Text>
          <Button size="small" type="default" onClick={() => (form.geofence ? set('geofence', null) : void centreOnMyLocation())}>
            {form.geofence ? '不限位置' : '用我现在的位置'}
          </Button>
        </View>
      </View>
      <View className="sb-field">
        <Text className="sb-field__label">没有信号时的离线签到</Text>
        <Picker
          mode="selector"
          range={graces.map(graceLabel)}
          value={graces.indexOf(form.offlineGraceMinutes)}
          onChange={(e) => set('offlineGraceMinutes', graces[Number(e.detail.value)]!)}
        >
          <View className="sb-field__input sb-row" role="button" aria-label={`离线签到上传期限：${graceLabel(form.offlineGraceMinutes)}`}>
            <Text>{graceLabel(form.offlineGraceMinutes)}</Text>
          </View>
        </Picker>
        {errors.offlineGraceMinutes && <Text className="sb-field__error">{errors.offlineGraceMinutes}</Text>}
        <View className="sb-row">
          <Text>离线签到自动计入（不用逐个确认）</Text>
          <Toggle checked={form.offlineAutoAccept} label="离线签到自动计入" onChange={(on) => set('offlineAutoAccept', on)} />
        </View>
        <Text className="sb-muted">离线签到是本人在手机上记下的扫码，来网后上传；默认由组织者在出勤页确认后才计入。</Text>
      </View>
      {errors._ && <Text className="sb-field__error">{errors._}</Text>}
      <View className="sb-actions">
        {editing ? (
          <>
            <Button type="primary" loading={saving} disabled={incomplete} onClick={() => void save(undefined)}>
              保存修改
            </Button>
            {editing.status === 'draft' && (
              <Button type="default" loading={saving} disabled={incomplete} onClick={() => void save('published')}>
                保存并发布
              </Button>
            )}
          </>
        ) : (
          <>
            <Button type="primary" loading={saving} disabled={incomplete} onClick={() => void save('published')}>
              发布并显示签到码
            </Button>
            <Button type="default" loading={saving} disabled={incomplete} onClick={() => void save('draft')}>
              存为草稿
            </Button>
          </>
        )}
      </View>
    </View>
  );
}

function EditExisting({ branchId, eventId }: { branchId: string; eventId: string }) {
  useEffect(() => void Taro.setNavigationBarTitle({ title: '修改活动' }), []);
  const loaded = useRequest(() => api(routes.getEvent, { params: { id: eventId } }, { toast: false }), [eventId]);
  return (
    <StateView loading={loaded.loading && !loaded.data} error={loaded.data ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {loaded.data && <EventEditor branchId={branchId} editing={loaded.data} />}
    </StateView>
  );
}

/** 发布活动, or with `?id=` 修改活动. */
export default function EventEditPage() {
  const { params } = useRouter();
  const { currentMembership } = useAppState();
  const canEdit = currentMembership?.role === 'committee' || currentMembership?.role === 'secretary';
  let content = <StateView empty emptyTitle="只有支委和书记可以发布和修改活动" />;
  if (canEdit)
    content = params.id ? (
      <EditExisting branchId={currentMembership.branchId} eventId={params.id} />
    ) : (
      <EventEditor branchId={currentMembership.branchId} />
    );
  return <PageShell>{content}</PageShell>;
}
