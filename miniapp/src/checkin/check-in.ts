import type { ResponseOf } from '@sitebranch/shared';
import { api } from '../api/client';
import { ApiRequestError } from '../api/errors';
import { loadSession } from '../api/session-store';
import { mayBeFenced } from './fenced-events';
import { currentLocationGcj02 } from './location';
import { markRefused, pendingCheckins, queueCheckin, removePending, type PendingCheckin } from './offline-queue';
import { routes } from '../api/routes';

export type CheckinOutcome = { kind: 'done'; result: ResponseOf<typeof routes.checkIn> } | { kind: 'queued'; withLocation: boolean };

type Scan = Pick<PendingCheckin, 'eventId' | 'token' | 'digits' | 'scannedAt'>;
type Location = NonNullable<PendingCheckin['location']>;

async function send(item: Scan, offline: boolean, location?: Location) {
  const code = item.token !== undefined ? { token: item.token } : { digits: item.digits! };
  return api(
    routes.checkIn,
    {
      params: { id: item.eventId },
      body: { ...code, ...(offline && { offline: true, scannedAt: item.scannedAt }), ...(location && { location }) },
    },
    { toast: false },
  );
}

/** The location now, or nothing when the phone will not say (no permission, no fix). */
const locationNow = () => currentLocationGcj02().catch(() => undefined);

/**
 * Signs in with a scanned or typed code. With no network the scan is kept and sent later, with the
 * location read now when the event may check it; when the server asks for the location, it is
 * read and the check-in tried again with it.
 */
export async function checkInWithCode(item: Scan): Promise<CheckinOutcome> {
  try {
    return { kind: 'done', result: await send(item, false) };
  } catch (e) {
    const error = e as ApiRequestError;
    if (error.isNetwork) {
      const location = mayBeFenced(item.eventId) ? await locationNow() : undefined;
      queueCheckin({ ...item, ...(location && { location }), userId: loadSession()?.userId });
      return { kind: 'queued', withLocation: location !== undefined };
    }
    if (error.code !== 'location_required') throw error;
  }
  const location = await locationNow();
  if (!location)
    throw new ApiRequestError(400, 'location_denied', '没有拿到位置：请在手机设置里允许微信（或浏览器）使用位置，然后重新扫码');
  return { kind: 'done', result: await send(item, false, location) };
}

/** The logged-in person's own queued scans, waiting or refused: nobody else's go with this session. */
export function myPendingCheckins(): PendingCheckin[] {
  const userId = loadSession()?.userId;
  return pendingCheckins().filter((p) => p.userId === userId);
}

let flushing: Promise<number> | null = null;

/**
 * Sends every waiting scan of the logged-in person. No network or no session yet: kept. Refused
 * (a stale code, past the grace, out of range…): kept with the reason until dismissed. Returns how many went in.
 */
export function flushPendingCheckins(): Promise<number> {
  flushing ??= (async () => {
    let sent = 0;
    for (const item of myPendingCheckins().filter((p) => !p.refused)) {
      try {
        await send(item, true, item.location);
        removePending(item);
        sent++;
      } catch (e) {
        const error = e as ApiRequestError;
        if (!error.isNetwork && error.status !== 401) markRefused(item, error.message);
      }
    }
    return sent;
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}
