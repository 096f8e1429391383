/**
 * H5 only (put before the app by miniapp/config/index.ts). Without a session every page sends the
 * person to log in (`ensureSession` in api/auth.ts), but only once that page's own code has been
 * fetched and started. Here, before Taro's router loads any page, a visit without a session goes
 * to the same login page at once: a phone's first visit fetches the login page's code and no other.
 */
import { loadSession } from './api/session-store';
import { currentPageUrl, loginPageFor } from './nav';

const login = loadSession() ? null : loginPageFor(currentPageUrl());
if (login) window.history.replaceState(window.history.state, '', login);
