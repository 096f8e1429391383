import { checkPersonalToken, derivePersonalKey } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { beforeEach, describe, expect, it } from 'vitest';
import { forgetPersonalKey, personalCodeAt, storedPersonalKey, type StoredPersonalKey } from './personal-code';

const SECRET = 'worker-secret-0123456789abcdefghijklmnop';
const USER = 'u0123456789abcde';
const stored: StoredPersonalKey = {
  userId: USER,
  key: derivePersonalKey(SECRET, USER),
  windowMs: 60_000,
  acceptMs: 120_000,
  serverTime: 0,
  offsetMs: 0,
};

describe('我的签到码 on the phone', () => {
  beforeEach(() => forgetPersonalKey());

  it('draws the code the worker accepts, and counts down to the next minute', () => {
    const now = Date.UTC(2026, 10, 23, 0, 30, 15);
    const { code, secondsLeft } = personalCodeAt(stored, now);
    expect(checkPersonalToken(stored.key, code, now)).toBe('ok');
    expect(secondsLeft).toBe(45);
    expect(personalCodeAt(stored, now + 60_000).code).not.toBe(code);
  });

  it('keeps the key for offline use, but never shows one person’s code to another login', () => {
    Taro.setStorageSync('sitebranch.personalCodeKey', stored);
    expect(storedPersonalKey(USER)).toEqual(stored);
    expect(storedPersonalKey('u-someone-else')).toBeNull();
    forgetPersonalKey();
    expect(storedPersonalKey(USER)).toBeNull();
  });
});
