import { TEXT_MAX, UNIT_KIND_LABELS, UNIT_KINDS, type UnitKind, UpdateMeSchema, UpdateMyMembershipSchema } from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { fieldErrors, showSaveError } from '../../api/form-errors';
import { PageShell } from '../../components/page-shell';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import { useAppState } from '../../state/app-state';
import { routes } from '../../api/routes';

const UNIT_OPTIONS = UNIT_KINDS.map((kind) => UNIT_KIND_LABELS[kind]);

const orNull = (s: string) => (s.trim() === '' ? null : s.trim());

/** The fields as typed; blanks become `null` (cleared) except the name, which is required. */
function toBody(form: { name: string; phone: string; unitKind: UnitKind | null; unitName: string }) {
  return { name: form.name, phone: orNull(form.phone), unitKind: form.unitKind, unitName: orNull(form.unitName) };
}

function ProfileForm({ welcome }: { welcome: boolean }) {
  const { me, currentMembership, reload } = useAppState();
  const [form, setForm] = useState({
    name: me?.name ?? '',
    phone: me?.phone ?? '',
    // The work team belongs to the membership: the same one the branch's roster shows.
    workTeam: currentMembership?.workTeam ?? '',
    unitKind: me?.unitKind ?? null,
    unitName: me?.unitName ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const set = (key: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function save() {
    const body = toBody(form);
    const team = { workTeam: orNull(form.workTeam) };
    // The same schemas the worker checks with: mistakes show at once, without a round trip.
    const checked = UpdateMeSchema.safeParse(body);
    const teamChecked = UpdateMyMembershipSchema.safeParse(team);
    if (!checked.success || !teamChecked.success) {
      setErrors({
        ...(checked.success ? {} : fieldErrors(checked.error.issues)),
        ...(teamChecked.success ? {} : fieldErrors(teamChecked.error.issues)),
      });
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      await api(routes.updateMe, { body }, { toast: false });
      if (currentMembership && team.workTeam !== currentMembership.workTeam) {
        await api(routes.updateMyMembership, { params: { branchId: currentMembership.branchId }, body: team }, { toast: false });
      }
      await reload();
      void Taro.showToast({ title: '已保存', icon: 'success' });
      setTimeout(() => (welcome ? openPage(PAGES.home) : void Taro.navigateBack()), 600);
    } catch (e) {
      showSaveError(e, setErrors);
    } finally {
      setSaving(false);
    }
  }

  return (
    <View>
      {welcome && currentMembership && (
        <View className="sb-card profile-welcome" role="status">
          <View className="sb-page-title" role="heading" aria-level={1}>
            欢迎加入{currentMembership.branchName}
          </View>
          <Text>请填写姓名、班组和手机号：组织者按班组代签到、排名，有事能联系到您。</Text>
        </View>
      )}
      <TextField
        id="profile-name"
        label="姓名"
        value={form.name}
        maxlength={TEXT_MAX.personName}
        onChange={set('name')}
        error={errors.name}
      />
      <TextField
        id="profile-phone"
        label="手机号（选填）"
        type="number"
        value={form.phone}
        maxlength={11}
        onChange={set('phone')}
        error={errors.phone}
      />
      {currentMembership && (
        <TextField
          id="profile-team"
          label={`班组（${currentMembership.branchName}，选填）`}
          value={form.workTeam}
          maxlength={TEXT_MAX.workTeam}
          placeholder="如：钢筋班"
          onChange={set('workTeam')}
          error={errors.workTeam}
        />
      )}
      <View className="sb-field">
        <Text className="sb-field__label">单位类型（选填）</Text>
        <Picker
          mode="selector"
          range={UNIT_OPTIONS}
          value={form.unitKind ? UNIT_KINDS.indexOf(form.unitKind) : 0}
          onChange={(e) => setForm((f) => ({ ...f, unitKind: UNIT_KINDS[Number(e.detail.value)] ?? null }))}
        >
          <View className="sb-field__input sb-row" role="button" aria-label="选择单位类型">
            <Text>{form.unitKind ? UNIT_KIND_LABELS[form.unitKind] : '请选择'}</Text>
          </View>
        </Picker>
      </View>
      <TextField
        id="profile-unit"
        label="单位名称（选填）"
        value={form.unitName}
        maxlength={TEXT_MAX.unitName}
        placeholder="如：某建工集团"
        onChange={set('unitName')}
        error={errors.unitName}
      />
      {errors._ && <Text className="sb-field__error">{errors._}</Text>}
      <View className="sb-actions">
        <Button type="primary" loading={saving} onClick={() => void save()}>
          保存
        </Button>
      </View>
    </View>
  );
}

/** 编辑资料, and right after joining a branch (`?welcome=1`) the newcomer's first page. */
export default function ProfilePage() {
  const { params } = useRouter();
  return (
    <PageShell>
      <ProfileForm welcome={params.welcome === '1'} />
    </PageShell>
  );
}
