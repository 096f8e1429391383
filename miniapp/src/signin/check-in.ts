import { endpoints, type ResponseOf } from '@sitebranch/shared';
import { api } from '../api/client';
import { ApiRequestError } from '../api/errors';
import { currentLocationGcj02 } from './location';
import { pendingCheckins, queueCheckin, removePending, type PendingCheckin } from './offline-queue';

export type CheckinOutcome = { kind: 'done'; result: ResponseOf<typeof endpoints.checkIn> } | { kind: 'queued' };

async function send(item: PendingCheckin, offline: boolean, location?: Awaited<ReturnType<typeof currentLocationGcj02>>) {
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
    location = await currentLocationGcj02();
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
