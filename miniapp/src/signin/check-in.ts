import { endpoints, wgs84ToGcj02, type ResponseOf } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { api } from '../api/client';
import { ApiRequestError } from '../api/errors';
import { pendingCheckins, queueCheckin, removePending, type PendingCheckin } from './offline-queue';

export type CheckinOutcome = { kind: 'done'; result: ResponseOf<typeof endpoints.checkIn> } | { kind: 'queued' };

/** Where the phone is, in GCJ-02 (the browser's WGS-84 is converted). */
async function currentLocation() {
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

async function send(item: PendingCheckin, offline: boolean, location?: Awaited<ReturnType<typeof currentLocation>>) {
  const code = item.token !== undefined ? { token: item.token } : { digits: item.digits! };
  return api(
    endpoints.checkIn,
    { params: { id: item.eventId }, body: { ...code, ...(offline && { offline: true, scannedAt: item.scannedAt }), ...(location && { location }) } },
    { toast: false },
  );
}

/**
 * Signs in with a scanned or typed code. With no network the scan is kept and sent later; when the
 * event has a geofence, the location is asked for and the sign-in tried again with it.
 */
export async function checkInWithCode(item: PendingCheckin): Promise<CheckinOutcome> {
  try {
    return { kind: 'done', result: await send(item, false) };
  } catch (e) {
    const error = e as ApiRequestError;
    if (error.isNetwork) {
      queueCheckin(item);
      return { kind: 'queued' };
    }
    if (error.code !== 'location_required') throw error;
  }
  let location;
  try {
    location = await currentLocation();
  } catch {
    throw new ApiRequestError(400, 'location_denied', '没有拿到位置：请在手机设置里允许微信（或浏览器）使用位置，然后重新扫码');
  }
  return { kind: 'done', result: await send(item, false, location) };
}

let flushing: Promise<number> | null = null;

/** Sends every waiting scan; keeps those the network still cannot carry. Returns how many were sent. */
export function flushPendingCheckins(): Promise<number> {
  flushing ??= (async () => {
    let sent = 0;
    for (const item of pendingCheckins()) {
      try {
        await send(item, true);
        removePending(item.eventId);
        sent++;
      } catch (e) {
        // A refusal is final (the code was stale, the person not a member…): drop it. No network or no session yet: keep it.
        const error = e as ApiRequestError;
        if (!error.isNetwork && error.status !== 401) removePending(item.eventId);
      }
    }
    return sent;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}
