import { describe, expect, it } from 'vitest';
import {
  CODE_WINDOW_MS,
  codeTiming,
  codeWindowAt,
  deriveEventKey,
  digitsCode,
  matchDigitsCode,
  QR_ACCEPT_MS,
  qrToken,
  verifyQrToken,
} from './signin-code';

const SECRET = 'worker-secret-0123456789abcdefghijklmnop';
const EVENT = 'ev0123456789abcd';
const key = deriveEventKey(SECRET, EVENT);
const T0 = Date.UTC(2026, 10, 23, 0, 30); // 08:30 CST, the morning meeting

describe('deriveEventKey', () => {
  it('is HMAC-SHA256 of the event id under the secret', () => {
    // Computed with Node's crypto: createHmac('sha256', SECRET).update(`event:${EVENT}`).digest('hex')
    expect(key).toBe('9798716c0c076c4b556787914b0f9fd0876bd23170641e36714475b07160dd5c');
    expect(deriveEventKey(SECRET, 'another-event')).not.toBe(key);
  });
});

describe('QR tokens', () => {
  it('verify for their own event and window only', () => {
    const window = codeWindowAt(T0);
    const token = qrToken(key, EVENT, window);
    expect(token).toMatch(/^\d+\.[A-Za-z0-9_-]{16}$/);
    expect(verifyQrToken(key, EVENT, token)).toBe(window);
    expect(verifyQrToken(key, 'other-event-0000', token)).toBeNull();
    expect(verifyQrToken(deriveEventKey('another-secret-0123456789abcdefghijkl', EVENT), EVENT, token)).toBeNull();
    // Moving a signature to another window, or changing one character, breaks it.
    const [, signature] = token.split('.');
    expect(verifyQrToken(key, EVENT, `${window + 1}.${signature}`)).toBeNull();
    expect(verifyQrToken(key, EVENT, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`)).toBeNull();
    expect(verifyQrToken(key, EVENT, 'garbage')).toBeNull();
  });

  it('are accepted for 30 s from when they appear, and refused after', () => {
    const window = codeWindowAt(T0);
    const start = window * CODE_WINDOW_MS;
    expect(codeTiming(window, start, QR_ACCEPT_MS)).toBe('ok');
    expect(codeTiming(window, start + QR_ACCEPT_MS, QR_ACCEPT_MS)).toBe('ok');
    expect(codeTiming(window, start + QR_ACCEPT_MS + 1, QR_ACCEPT_MS)).toBe('expired');
    expect(codeTiming(window, start - 5_000, QR_ACCEPT_MS)).toBe('ok');
    expect(codeTiming(window, start - 5_001, QR_ACCEPT_MS)).toBe('early');
  });
});

describe('6-digit codes', () => {
  it('are six digits that change every window', () => {
    const codes = new Set(Array.from({ length: 50 }, (_, i) => digitsCode(key, EVENT, codeWindowAt(T0) + i)));
    expect([...codes].every((c) => /^\d{6}$/.test(c))).toBe(true);
    expect(codes.size).toBeGreaterThan(45);
  });

  it('match within 60 s of being shown, and not after', () => {
    const window = codeWindowAt(T0);
    const code = digitsCode(key, EVENT, window);
    const start = window * CODE_WINDOW_MS;
    expect(matchDigitsCode(key, EVENT, code, start + 1)).toBe(window);
    expect(matchDigitsCode(key, EVENT, code, start + 60_000)).toBe(window);
    expect(matchDigitsCode(key, EVENT, code, start + 60_001)).toBeNull();
    expect(matchDigitsCode(key, EVENT, '12345', start)).toBeNull();
    expect(matchDigitsCode(key, 'other-event-0000', code, start)).toBe(digitsCode(key, 'other-event-0000', window) === code ? window : null);
  });
});
