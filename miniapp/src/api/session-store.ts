import Taro from '@tarojs/taro';

/** The session token kept on the phone between launches. */
export interface StoredSession {
  token: string;
  expiresAt: number;
  /** When the session itself ends: renewing the token cannot go past it (a computer's ends after 12 hours). */
  sessionEndsAt?: number;
  /** Whose session: scans queued offline are sent only with their own person's session. */
  userId?: string;
}

const SESSION_KEY = 'sitebranch.session';

export function loadSession(): StoredSession | null {
  const stored = Taro.getStorageSync(SESSION_KEY) as StoredSession | '';
  if (!stored || typeof stored !== 'object' || stored.expiresAt <= Date.now()) return null;
  return stored;
}

/** Saves a session; a renewed token keeps the person it belongs to. */
export function saveSession(session: StoredSession): void {
  const previous = loadSession();
  Taro.setStorageSync(SESSION_KEY, { ...session, userId: session.userId ?? previous?.userId });
}

export function clearSession(): void {
  Taro.removeStorageSync(SESSION_KEY);
}

/**
 * Renew a day before expiry, so a person who opens the app weekly never sees the login page —
 * unless the token already lasts as long as the session (a computer's): renewing gains nothing.
 */
export function needsRenewal(session: StoredSession, now = Date.now()): boolean {
  if (session.sessionEndsAt !== undefined && session.expiresAt >= session.sessionEndsAt) return false;
  return session.expiresAt - now < 24 * 60 * 60 * 1000;
}
