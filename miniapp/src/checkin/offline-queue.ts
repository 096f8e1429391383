/**
 * Scans made with no signal wait here, with the code, the time of the scan and (for an event with
 * a geofence) the location read at that moment, until the network is back or the app is shown
 * again. Each is sent only with the session of the person who scanned. A scan the server refuses
 * stays here with the reason until the person dismisses it: nothing said 已记下 vanishes unseen.
 */
import Taro from '@tarojs/taro';

export interface PendingCheckin {
  eventId: string;
  token?: string;
  digits?: string;
  scannedAt: number;
  /** GCJ-02, read when the scan was made. */
  location?: { lat: number; lng: number; accuracyM: number };
  /** Who scanned. */
  userId?: string;
  /** Set when the server refused the upload: shown with the reason until dismissed. */
  refused?: { message: string; at: number };
}

const QUEUE_KEY = 'sitebranch.pendingCheckins';

export function pendingCheckins(): PendingCheckin[] {
  const stored = Taro.getStorageSync(QUEUE_KEY) as PendingCheckin[] | '';
  return Array.isArray(stored) ? stored : [];
}

function save(items: PendingCheckin[]): void {
  Taro.setStorageSync(QUEUE_KEY, items);
}

const same = (a: PendingCheckin, b: { eventId: string; userId?: string | undefined }) => a.eventId === b.eventId && a.userId === b.userId;

/** Keeps a scan (the newest one per person and event). */
export function queueCheckin(item: PendingCheckin): void {
  save([...pendingCheckins().filter((p) => !same(p, item)), item]);
}

export function removePending(item: { eventId: string; userId?: string | undefined }): void {
  save(pendingCheckins().filter((p) => !same(p, item)));
}

/** The server refused this scan: keep it, with why, for the person to read. */
export function markRefused(item: PendingCheckin, message: string): void {
  save(pendingCheckins().map((p) => (same(p, item) ? { ...p, refused: { message, at: Date.now() } } : p)));
}
