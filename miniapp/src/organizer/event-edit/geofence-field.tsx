/** Where check-in is allowed: anywhere (the code on site is enough), or within a radius of where the organizer stands now. */
import { DEFAULT_GEOFENCE_RADIUS_M } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { currentLocationGcj02 } from '../../checkin/location';
import { Button } from '../../components/ui';
import type { FormPartProps } from './form-part';

export function GeofenceField({ form, set }: Pick<FormPartProps, 'form' | 'set'>) {
  async function centreOnMyLocation() {
    try {
      const { lat, lng } = await currentLocationGcj02();
      set('geofence', { lat, lng, radiusM: DEFAULT_GEOFENCE_RADIUS_M });
    } catch {
      void Taro.showToast({ title: '没有拿到位置，请允许使用位置后重试', icon: 'none' });
    }
  }

  return (
    <View className="sb-field">
      <Text className="sb-field__label">签到范围（选填）</Text>
      <View className="sb-row">
        <Text className="sb-muted">{form.geofence ? `以当前位置为中心 ${form.geofence.radiusM} 米内` : '不限位置，只凭现场二维码'}</Text>
        <Button size="small" type="default" onClick={() => (form.geofence ? set('geofence', null) : void centreOnMyLocation())}>
          {form.geofence ? '不限位置' : '用我现在的位置'}
        </Button>
      </View>
    </View>
  );
}
