/**
 * Scans made with no signal wait here, with the code and the time of the scan, until the network
 * is back or the app is shown again. The server accepts them for 24 h and marks them offline;
 * replaying one twice is harmless (one record per person per event).
 */
import Taro from '@tarojs/taro';

export interface PendingCheckin {
  eventId: string;
  token?: string;
  digits?: string;
  scannedAt: number;
}

const QUEUE_KEY = 'sitebranch.pendingCheckins';

export function pendingCheckins(): PendingCheckin[] {
  const stored = Taro.getStorageSync(QUEUE_KEY) as PendingCheckin[] | '';
  return Array.isArray(stored) ? stored : [];
}

export function queueCheckin(item: PendingCheckin): void {
  const others = pendingCheckins().filter((p) => p.eventId !== item.eventId);
  Taro.setStorageSync(QUEUE_KEY, [...others, item]);
}

export function removePending(eventId: string): void {
  Taro.setStorageSync(QUEUE_KEY, pendingCheckins().filter((p) => p.eventId !== eventId));
}
