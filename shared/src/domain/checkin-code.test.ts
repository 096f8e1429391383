import { describe, expect, it } from 'vitest';
import {
  checkPersonalToken,
  CODE_WINDOW_MS,
  codeTiming,
  codeWindowAt,
  deriveEventKey,
  derivePersonalKey,
  digitsCode,
  matchDigitsCode,
  parsePersonalToken,
  PERSONAL_ACCEPT_MS,
  PERSONAL_WINDOW_MS,
  personalToken,
  QR_ACCEPT_MS,
  qrToken,
  verifyQrToken,
} from './checkin-code';

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
    expect(matchDigitsCode(key, 'other-event-0000', code, start)).toBe(
      digitsCode(key, 'other-event-0000', window) === code ? window : null,
    );
  });
});

describe('personal codes (我的签到码)', () => {
  const USER = 'u0123456789abcde';
  const personKey = derivePersonalKey(SECRET, USER);
  const minute = Math.floor(T0 / PERSONAL_WINDOW_MS);

  it('use a key apart from event keys, and name the person and the minute', () => {
    expect(personKey).not.toBe(deriveEventKey(SECRET, USER));
    const token = personalToken(personKey, USER, minute);
    expect(token).toMatch(new RegExp(`^SBP1\\.${USER}\\.${minute}\\.[A-Za-z0-9_-]{16}$`));
    expect(parsePersonalToken(` ${token}\n`)).toEqual({ userId: USER, window: minute });
    expect(parsePersonalToken('https://example.com/pages/checkin-scan/index?e=1&t=2')).toBeNull();
  });

  it('are accepted for two minutes, slightly early clocks allowed, and refused when stale or forged', () => {
    const token = personalToken(personKey, USER, minute);
    const shownAt = minute * PERSONAL_WINDOW_MS;
    expect(checkPersonalToken(personKey, token, shownAt)).toBe('ok');
    expect(checkPersonalToken(personKey, token, shownAt - 4_000)).toBe('ok');
    expect(checkPersonalToken(personKey, token, shownAt - 6_000)).toBe('invalid');
    expect(checkPersonalToken(personKey, token, shownAt + PERSONAL_ACCEPT_MS)).toBe('ok');
    expect(checkPersonalToken(personKey, token, shownAt + PERSONAL_ACCEPT_MS + 1)).toBe('expired');
    const other = derivePersonalKey(SECRET, 'u-someone-else');
    expect(checkPersonalToken(other, token, shownAt)).toBe('invalid');
    expect(checkPersonalToken(personKey, token.replace(`.${minute}.`, `.${minute + 1}.`), shownAt + PERSONAL_WINDOW_MS)).toBe('invalid');
  });
});
