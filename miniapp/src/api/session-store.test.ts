import { beforeEach, describe, expect, it } from 'vitest';
import { clearSession, loadSession, needsRenewal, saveSession } from './session-store';

beforeEach(() => clearSession());

describe('the stored session', () => {
  it('is kept across reads and cleared on logout', () => {
    const session = { token: 'abc.def', expiresAt: Date.now() + 86_400_000 };
    saveSession(session);
    expect(loadSession()).toEqual(session);
    clearSession();
    expect(loadSession()).toBeNull();
  });

  it('is not used once it has expired', () => {
    saveSession({ token: 'old', expiresAt: Date.now() - 1 });
    expect(loadSession()).toBeNull();
  });

  it('is renewed within a day of expiry', () => {
    const now = Date.UTC(2026, 10, 22);
    expect(needsRenewal({ token: 't', expiresAt: now + 2 * 86_400_000 }, now)).toBe(false);
    expect(needsRenewal({ token: 't', expiresAt: now + 3_600_000 }, now)).toBe(true);
  });

  it('is not renewed when the token already lasts as long as the session (a computer’s 12 hours)', () => {
    const now = Date.UTC(2026, 11, 2);
    expect(needsRenewal({ token: 't', expiresAt: now + 3_600_000, sessionEndsAt: now + 3_600_000 }, now)).toBe(false);
    expect(needsRenewal({ token: 't', expiresAt: now + 3_600_000, sessionEndsAt: now + 10 * 86_400_000 }, now)).toBe(true);
  });
});
