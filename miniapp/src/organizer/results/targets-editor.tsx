import {
  COMPLIANCE_KINDS,
  COMPLIANCE_PER_LABELS,
  COMPLIANCE_PERS,
  EVENT_KIND_LABELS,
  MAX_COMPLIANCE_TIMES,
  type ComplianceTargets,
} from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { showSaveError } from '../../api/form-errors';
import { Toggle } from '../../components/toggle';
import { Button } from '../../components/ui';
import { routes } from '../../api/routes';

const TIMES = Array.from({ length: MAX_COMPLIANCE_TIMES }, (_, i) => i + 1);

/** 频次要求: the secretary turns each meeting on or off and sets how often it is due. */
export function TargetsEditor({
  branchId,
  targets,
  onSaved,
}: {
  branchId: string;
  targets: ComplianceTargets;
  onSaved(): Promise<unknown>;
}) {
  const [form, setForm] = useState<ComplianceTargets | null>(null);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  if (!form) {
    return (
      <View className="sb-actions">
        <Button type="default" onClick={() => setForm(targets)}>
          修改频次要求
        </Button>
      </View>
    );
  }
  const current = form;

  async function save() {
    setSaving(true);
    try {
      await api(routes.updateComplianceTargets, { params: { id: branchId }, body: current }, { toast: false });
      await onSaved();
      setForm(null);
      void Taro.showToast({ title: '已保存', icon: 'success' });
    } catch (e) {
      showSaveError(e, setErrors);
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="sb-card results-targets" aria-label="频次要求">
      <Text className="results-targets__title">频次要求</Text>
      <Text className="sb-muted">
        默认按《中国共产党支部工作条例（试行）》：支部党员大会每季度、支委会和党小组会每月；党课每季度、主题党日每月。没有党小组的支部可关闭该项。
      </Text>
      {COMPLIANCE_KINDS.map((kind) => {
        const target = current[kind];
        const label = EVENT_KIND_LABELS[kind];
        return (
          <View key={kind} className="sb-field">
            <View className="sb-row">
              <Text>{label}</Text>
              <Toggle
                checked={target !== null}
                label={`${label}：${target ? '开' : '关'}`}
                onChange={(on) => setForm({ ...current, [kind]: on ? { per: 'month', times: 1 } : null })}
              />
            </View>
            {target && (
              <View className="sb-row">
                <Picker
                  mode="selector"
                  range={COMPLIANCE_PERS.map((p) => COMPLIANCE_PER_LABELS[p])}
                  value={COMPLIANCE_PERS.indexOf(target.per)}
                  onChange={(e) => setForm({ ...current, [kind]: { ...target, per: COMPLIANCE_PERS[Number(e.detail.value)]! } })}
                >
                  <View className="sb-field__input" role="button" aria-label={`${label}频次：${COMPLIANCE_PER_LABELS[target.per]}`}>
                    <Text>{COMPLIANCE_PER_LABELS[target.per]}</Text>
                  </View>
                </Picker>
                <Picker
                  mode="selector"
                  range={TIMES.map((n) => `${n} 次`)}
                  value={target.times - 1}
                  onChange={(e) => setForm({ ...current, [kind]: { ...target, times: TIMES[Number(e.detail.value)]! } })}
                >
                  <View className="sb-field__input" role="button" aria-label={`${label}次数：${target.times} 次`}>
                    <Text>{target.times} 次</Text>
                  </View>
                </Picker>
              </View>
            )}
            {errors[`${kind}.times`] && <Text className="sb-field__error">{errors[`${kind}.times`]}</Text>}
          </View>
        );
      })}
      <View className="sb-actions">
        <Button type="primary" loading={saving} disabled={saving} onClick={() => void save()}>
          保存
        </Button>
        <Button type="default" onClick={() => setForm(null)}>
          取消
        </Button>
      </View>
    </View>
  );
}
