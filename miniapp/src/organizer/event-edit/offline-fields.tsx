/** Check-in with no signal: how long after check-in closes an offline scan may still be uploaded, and whether it counts without review. */
import { OFFLINE_GRACE_CHOICES, offlineGraceLabel as graceLabel } from '@sitebranch/shared';
import { Picker, Text, View } from '@tarojs/components';
import { Toggle } from '../../components/toggle';
import { choicesWith } from './choices';
import type { FormPartProps } from './form-part';

export function OfflineFields({ form, set, errors }: FormPartProps) {
  const graces = choicesWith(OFFLINE_GRACE_CHOICES, form.offlineGraceMinutes);
  return (
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
  );
}
