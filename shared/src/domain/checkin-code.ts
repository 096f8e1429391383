/**
 * Rotating check-in codes (签到码). The organizer's screen shows a QR code that changes every
 * 10 s and a 6-digit code for phones whose camera fails; both are HMAC-SHA256 signatures of the
 * event and the time window, under a per-event key. The worker derives that key from its secret
 * (so it checks a code without reading anything) and gives it only to organizers' devices, which
 * then keep rotating with no network. Pure JavaScript, no WebCrypto: it runs the same in the
 * worker, the browser and the WeChat mini program.
 */
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';

/** A new code every 10 seconds. */
export const CODE_WINDOW_MS = 10_000;
/** A QR code is accepted for 30 s from when it first appeared (a photo relayed later is refused). */
export const QR_ACCEPT_MS = 30_000;
/** The 6-digit code is typed by hand, so it is accepted for 60 s. */
export const DIGITS_ACCEPT_MS = 60_000;
/** Clocks on phones and organizer screens drift: a code from a few seconds "in the future" is fine. */
export const CLOCK_SKEW_MS = 5_000;

/** ASCII only (ids, numbers), so no TextEncoder: WeChat's runtime does not have one everywhere. */
function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0x7f;
  return bytes;
}

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function base64url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64URL[(n >> 18) & 63]! + BASE64URL[(n >> 12) & 63]! + BASE64URL[(n >> 6) & 63]! + BASE64URL[n & 63]!;
  }
  return out.slice(0, Math.ceil((bytes.length * 4) / 3));
}

function hexToBytes(hex: string): Uint8Array {
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The per-event key, as hex: HMAC-SHA256(worker secret, "event:" + id). Only the worker can make it. */
export function deriveEventKey(secret: string, eventId: string): string {
  return bytesToHex(hmac(sha256, ascii(secret), ascii(`event:${eventId}`)));
}

/** The window a moment falls in. */
export function codeWindowAt(ms: number): number {
  return Math.floor(ms / CODE_WINDOW_MS);
}

/** When a window's code first appears. */
export function codeWindowStart(window: number): number {
  return window * CODE_WINDOW_MS;
}

function mac(keyHex: string, message: string): Uint8Array {
  return hmac(sha256, hexToBytes(keyHex), ascii(message));
}

/** The token a QR code carries for one window: `<window>.<signature>` (96-bit signature). */
export function qrToken(keyHex: string, eventId: string, window: number): string {
  return `${window}.${base64url(mac(keyHex, `qr:${eventId}:${window}`).subarray(0, 12))}`;
}

/** The 6-digit code for one window. */
export function digitsCode(keyHex: string, eventId: string, window: number): string {
  const m = mac(keyHex, `digits:${eventId}:${window}`);
  const n = ((m[0]! << 24) | (m[1]! << 16) | (m[2]! << 8) | m[3]!) >>> 0;
  return String(n % 1_000_000).padStart(6, '0');
}

/** The window of a QR token whose signature is right for this event, or null for a forged or foreign one. */
export function verifyQrToken(keyHex: string, eventId: string, token: string): number | null {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{16})$/.exec(token);
  if (!match) return null;
  const window = Number(match[1]);
  return constantTimeEqual(qrToken(keyHex, eventId, window), token) ? window : null;
}

/** Whether a code of `window` may be used at `at`: too early (skewed clocks aside), in time, or expired. */
export function codeTiming(window: number, at: number, acceptMs: number): 'early' | 'ok' | 'expired' {
  const start = codeWindowStart(window);
  if (at < start - CLOCK_SKEW_MS) return 'early';
  return at <= start + acceptMs ? 'ok' : 'expired';
}

/**
 * The window of a typed 6-digit code that was shown within the last 60 s of `at`, or null. The
 * newest match wins. (About 7 windows are tried, so a guess succeeds 1 time in ~140,000; wrong
 * guesses are rate limited per person by the worker.)
 */
export function matchDigitsCode(keyHex: string, eventId: string, digits: string, at: number): number | null {
  if (!/^\d{6}$/.test(digits)) return null;
  const newest = codeWindowAt(at + CLOCK_SKEW_MS);
  const oldest = codeWindowAt(at - DIGITS_ACCEPT_MS);
  for (let window = newest; window >= oldest; window--) {
    if (codeTiming(window, at, DIGITS_ACCEPT_MS) === 'ok' && constantTimeEqual(digitsCode(keyHex, eventId, window), digits)) return window;
  }
  return null;
}

function constantTimeEqual(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

/*
 * Personal check-in codes (我的签到码): a worker whose phone cannot scan shows their own code and the
 * organizer scans it. The code names the person and the minute, signed with a per-person key the
 * worker derives from its secret and gives only to that person, so the phone can keep showing a
 * fresh code with no network. A screenshot passed on is useless two minutes later.
 */

/** A personal code changes every minute. */
export const PERSONAL_WINDOW_MS = 60_000;
/** ... and is accepted for two minutes from when it appeared. */
export const PERSONAL_ACCEPT_MS = 120_000;
const PERSONAL_PREFIX = 'SBP1';

/** The per-person key, as hex: HMAC-SHA256(worker secret, "person:" + id). */
export function derivePersonalKey(secret: string, userId: string): string {
  return bytesToHex(hmac(sha256, ascii(secret), ascii(`person:${userId}`)));
}

/** The text of a personal QR code for one minute: `SBP1.<user id>.<minute>.<signature>`. */
export function personalToken(keyHex: string, userId: string, window: number): string {
  return `${PERSONAL_PREFIX}.${userId}.${window}.${base64url(mac(keyHex, `person:${userId}:${window}`).subarray(0, 12))}`;
}

/** Who and which minute a personal code claims to be, before its signature is checked; null if it is not one. */
export function parsePersonalToken(token: string): { userId: string; window: number } | null {
  const match = /^SBP1\.([0-9a-z][0-9a-z-]{3,39})\.(\d{1,12})\.([A-Za-z0-9_-]{16})$/.exec(token.trim());
  return match ? { userId: match[1]!, window: Number(match[2]) } : null;
}

/** Whether a personal code is signed by this person's key and still fresh at `at`. */
export function checkPersonalToken(keyHex: string, token: string, at: number): 'ok' | 'expired' | 'invalid' {
  const claim = parsePersonalToken(token);
  if (!claim || !constantTimeEqual(personalToken(keyHex, claim.userId, claim.window), token.trim())) return 'invalid';
  const shownAt = claim.window * PERSONAL_WINDOW_MS;
  if (at < shownAt - CLOCK_SKEW_MS) return 'invalid';
  return at <= shownAt + PERSONAL_ACCEPT_MS ? 'ok' : 'expired';
}

/** The app page a check-in QR code opens: WeChat's scanner and the in-app 扫一扫 both land there. */
export const CHECKIN_SCAN_PAGE = '/pages/checkin-scan/index';

/** The path (with query) a QR code carries for one window's token; prefix it with the app's origin. */
export function checkinLinkPath(eventId: string, token: string): string {
  return `${CHECKIN_SCAN_PAGE}?e=${encodeURIComponent(eventId)}&t=${encodeURIComponent(token)}`;
}
