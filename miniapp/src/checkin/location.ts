import { wgs84ToGcj02 } from '@sitebranch/shared';
import Taro from '@tarojs/taro';

/** Where the phone is, in GCJ-02 like WeChat and Chinese maps (a browser's WGS-84 is converted). */
export async function currentLocationGcj02(): Promise<{ lat: number; lng: number; accuracyM: number }> {
  if (process.env.TARO_ENV === 'weapp') {
    const { latitude, longitude, accuracy } = await Taro.getLocation({ type: 'gcj02' });
    return { lat: latitude, lng: longitude, accuracyM: accuracy };
  }
  const position = await new Promise<GeolocationPosition>((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(resolve, reject, { enableHighAccuracy: true, timeout: 10_000 }),
  );
  const { lat, lng } = wgs84ToGcj02({ lat: position.coords.latitude, lng: position.coords.longitude });
  return { lat, lng, accuracyM: position.coords.accuracy };
}
