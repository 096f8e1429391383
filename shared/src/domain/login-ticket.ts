/**
 * 扫码登录: a computer shows a one-time ticket as a QR code, a phone already logged in scans and
 * confirms it, and only then does the computer, proving it holds the ticket's secret, get its own
 * shorter session. The rules both sides need.
 */

/** How long a ticket waits to be scanned and confirmed; the login page renews it while it waits. */
export const LOGIN_TICKET_VALID_MS = 2 * 60_000;

/** After it is confirmed, how long the computer has to collect its session (it asks every two seconds). */
export const LOGIN_TICKET_COLLECT_MS = 60_000;

/** Tickets one address may ask for in the window: a page renewing every two minutes uses 5, an office of a few organizers more. */
export const LOGIN_TICKET_LIMIT = { perAddress: 30, windowMs: 10 * 60_000 } as const;

/**
 * WeChat logins one address may make in a window. Generous: a site's workers on mobile data share a
 * carrier's few public addresses, and a 班前会 of hundreds may log in within minutes. It stops a
 * script spending WeChat's code2session quota (and filling sessions) from one address.
 */
export const LOGIN_LIMIT = { perAddress: 300, windowMs: 10 * 60_000 } as const;

/** A computer's session ends after a working day, however often it is renewed. */
export const COMPUTER_SESSION_LIFETIME_MS = 12 * 60 * 60_000;

/** The page of the mini program that a ticket's QR code opens. */
export const DESKTOP_LOGIN_PAGE = '/pages/desktop-login/index';

/** The QR code's path (the app puts its own origin in front): only the ticket id, never its secret. */
export function desktopLoginPath(ticketId: string): string {
  return `${DESKTOP_LOGIN_PAGE}?ticket=${encodeURIComponent(ticketId)}`;
}

/** The ticket id in what a scan read: the link of a ticket's QR code, or the bare id. */
export function ticketIdFrom(scanned: string): string | null {
  const text = scanned.trim();
  const bare = /^[0-9a-z]{24}$/.exec(text);
  if (bare) return bare[0];
  if (!text.includes(DESKTOP_LOGIN_PAGE)) return null;
  const match = /[?&]ticket=([0-9a-z]{24})(?:[&#]|$)/.exec(text);
  return match?.[1] ?? null;
}

export const LOGIN_TICKET_STATES = ['waiting', 'scanned', 'confirmed', 'refused', 'expired', 'used'] as const;
export type LoginTicketState = (typeof LOGIN_TICKET_STATES)[number];

export const SESSION_KIND_LABELS = { wechat: '微信小程序', dev: '开发环境登录', computer: '电脑' } as const;
export type SessionKind = keyof typeof SESSION_KIND_LABELS;
