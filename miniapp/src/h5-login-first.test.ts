/** A visit without a session goes to the login page before any other page's code is fetched. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearSession, saveSession } from './api/session-store';
import { loginPageFor } from './nav';

async function openAt(url: string) {
  window.history.replaceState(null, '', url);
  vi.resetModules();
  await import('./h5-login-first');
  return `${window.location.pathname}${window.location.search}`;
}

beforeEach(() => clearSession());

describe('the H5 login-first redirect', () => {
  it('sends a visit without a session to the login page, coming back to the page with its query', async () => {
    expect(await openAt('/pages/event/index?id=ev1&$taroTimestamp=1')).toBe(loginPageFor('/pages/event/index?id=ev1'));
    expect(await openAt('/')).toBe('/pages/login/index?returnTo=%2Fpages%2Fhome%2Findex');
  });

  it('leaves the page alone with a session, and the login page alone without one', async () => {
    saveSession({ token: 't', expiresAt: Date.now() + 3_600_000 });
    expect(await openAt('/pages/event/index?id=ev1')).toBe('/pages/event/index?id=ev1');
    clearSession();
    expect(await openAt('/pages/login/index?returnTo=%2Fpages%2Fme%2Findex')).toBe('/pages/login/index?returnTo=%2Fpages%2Fme%2Findex');
  });

  it('goes to login when the session kept has run out, as ensureSession does', async () => {
    saveSession({ token: 'old', expiresAt: Date.now() - 1 });
    expect(await openAt('/pages/me/index')).toBe('/pages/login/index?returnTo=%2Fpages%2Fme%2Findex');
  });
});
