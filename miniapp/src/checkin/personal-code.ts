/**
 * The key of 我的签到码, kept on the phone so the code can be shown at the gate with no signal.
 * It belongs to one person: a key stored for someone else (another login) is never used.
 */
import { personalToken, type ResponseOf } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { api } from '../api/client';
import { routes } from '../api/routes';

type PersonalKey = ResponseOf<typeof routes.getPersonalCode>;
export interface StoredPersonalKey extends PersonalKey {
  /** Server clock minus the phone's, when the key was fetched. */
  offsetMs: number;
}

const KEY_STORAGE = 'sitebranch.personalCodeKey';

export function storedPersonalKey(userId: string | undefined): StoredPersonalKey | null {
  const stored = Taro.getStorageSync(KEY_STORAGE) as StoredPersonalKey | '';
  return stored && stored.userId === userId ? stored : null;
}

export function forgetPersonalKey(): void {
  Taro.removeStorageSync(KEY_STORAGE);
}

/** Fetches the key (and the server's time) and keeps it for offline use. */
export async function fetchPersonalKey(): Promise<StoredPersonalKey> {
  const key = await api(routes.getPersonalCode, {}, { toast: false });
  const stored = { ...key, offsetMs: key.serverTime - Date.now() };
  Taro.setStorageSync(KEY_STORAGE, stored);
  return stored;
}

/** The code to show at server time `now`, and the seconds until it changes. */
export function personalCodeAt(key: StoredPersonalKey, now: number): { code: string; secondsLeft: number } {
  const window = Math.floor(now / key.windowMs);
  return { code: personalToken(key.key, key.userId, window), secondsLeft: Math.ceil(((window + 1) * key.windowMs - now) / 1000) };
}
