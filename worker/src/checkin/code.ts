/** Reading a check-in code in memory (HMAC, no D1): which window it names and the time it earns. */
import {
  CLOCK_SKEW_MS,
  DIGITS_ACCEPT_MS,
  QR_ACCEPT_MS,
  codeTiming,
  type endpoints,
  matchDigitsCode,
  verifyQrToken,
  type CheckinMethod,
  type ValidBodyOf,
} from '@sitebranch/shared';
import { ApiError } from '../http/errors';

export type CheckinBody = ValidBodyOf<typeof endpoints.checkIn>;

export interface ReadCode {
  method: Extract<CheckinMethod, 'qr' | 'digits'>;
  /** The code's window, or null when the code is wrong (forged, another event's, not yet shown). */
  window: number | null;
  /** When the person checked in: now, or for a queued scan the time the phone says it scanned. */
  checkedInAt: number;
}

/**
 * A queued scan is checked at its scan time: the code must have been valid then, exactly as if it
 * had been sent at once. The scan time is the phone's claim, which is why such a check-in waits for
 * an organizer (and why the server also refuses it after check-in closes plus the event's grace).
 */
export function readCode(keyHex: string, eventId: string, body: CheckinBody, now: number): ReadCode {
  const method = body.token !== undefined ? ('qr' as const) : ('digits' as const);
  const acceptMs = method === 'qr' ? QR_ACCEPT_MS : DIGITS_ACCEPT_MS;
  if (body.offline && body.scannedAt === undefined)
    throw new ApiError('validation_failed', '离线签到缺少扫码时间', { scannedAt: '离线签到缺少扫码时间' });
  const at = body.offline ? body.scannedAt! : now;
  if (at > now + CLOCK_SKEW_MS) return { method, window: null, checkedInAt: now };
  const window = method === 'qr' ? verifyQrToken(keyHex, eventId, body.token!) : matchDigitsCode(keyHex, eventId, body.digits!, at);
  if (window === null) return { method, window: null, checkedInAt: at };
  const timing = codeTiming(window, at, acceptMs);
  if (timing === 'expired') throw new ApiError('code_expired', body.offline ? '扫码时二维码已过期，请联系组织者补签' : undefined);
  return { method, window: timing === 'ok' ? window : null, checkedInAt: at };
}
