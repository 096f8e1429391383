/**
 * 扫码登录 (DESIGN, security model): the computer asks for a ticket and holds its secret; the QR
 * code carries only the id. A phone logged in to the mini program scans it (the ticket becomes
 * that person's), sees which computer asks, and confirms or refuses. The computer, asking with
 * the secret, then collects a 12-hour session of its own, once. Anything else — unscanned,
 * unconfirmed, refused, expired, collected before, the wrong secret — gives it nothing.
 */
import {
  COMPUTER_SESSION_LIFETIME_MS,
  endpoints,
  hmacSha256Hex,
  LOGIN_TICKET_COLLECT_MS,
  LOGIN_TICKET_LIMIT,
  LOGIN_TICKET_VALID_MS,
  sha256Hex,
  type LoginTicketState,
} from '@sitebranch/shared';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeArea, describeDevice } from '../../auth/device';
import { secret } from '../../auth/secrets';
import { tokenForSession } from '../../auth/session';
import { newId, newSecret, newTicketId } from '../../db/ids';
import { users } from '../../db/schema';
import { profileColumns } from '../../db/users';
import type { AppEnv } from '../../env';
import { ApiError } from '../../http/errors';
import { implement } from '../../http/implement';

export const loginTicketRoutes = new Hono<AppEnv>();

const NOT_FOUND = '二维码不存在或已失效，请在电脑上刷新二维码';

interface TicketRow {
  state: Exclude<LoginTicketState, 'expired'>;
  userId: string | null;
  secretHash: string;
  expiresAt: number;
}

const readTicket = (d1: D1Database, id: string) =>
  d1.prepare('SELECT state, user_id AS userId, secret_hash AS secretHash, expires_at AS expiresAt FROM login_tickets WHERE id = ?1').bind(id).first<TicketRow>();

/** Why a phone's scan or decision did not take: the ticket as it stands now, and the caller's session. */
async function phoneRefusal(d1: D1Database, id: string, caller: { userId: string; sessionId: string }, now: number): Promise<ApiError> {
  const [ticket, session] = await Promise.all([
    readTicket(d1, id),
    d1.prepare('SELECT kind FROM sessions WHERE id = ?1').bind(caller.sessionId).first<{ kind: string }>(),
  ]);
  if (!ticket) return new ApiError('not_found', NOT_FOUND);
  if (session?.kind === 'computer') return new ApiError('computer_cannot_confirm');
  if (ticket.userId !== null && ticket.userId !== caller.userId) return new ApiError('ticket_taken');
  if (ticket.state === 'waiting') return ticket.expiresAt <= now ? new ApiError('ticket_expired') : new ApiError('ticket_not_scanned');
  if (ticket.state === 'scanned') return new ApiError('ticket_expired');
  return new ApiError('ticket_used');
}

/** The caller's session is a phone's (the mini program, or the local development login): a computer cannot log in another computer. */
const FROM_A_PHONE = `(SELECT kind FROM sessions WHERE id = ?4 AND revoked_at IS NULL) IN ('wechat', 'dev')`;

implement(loginTicketRoutes, endpoints.createLoginTicket, async ({ c }) => {
  const now = Date.now();
  const id = newTicketId();
  const ticketSecret = newSecret();
  // The address is kept only as a keyed hash, enough to count its requests.
  const address = c.req.header('cf-connecting-ip') ?? 'unknown';
  const addressKey = hmacSha256Hex(secret(c.env, 'SESSION_SECRET'), `login-ticket-address:${address}`);
  const expiresAt = now + LOGIN_TICKET_VALID_MS;
  const made = await c.env.DB.prepare(
    `INSERT INTO login_tickets (id, secret_hash, address_key, device, area, state, created_at, expires_at)
     SELECT ?1, ?2, ?3, ?4, ?5, 'waiting', ?6, ?7
     WHERE (SELECT count(*) FROM login_tickets WHERE address_key = ?3 AND created_at > ?8) < ${LOGIN_TICKET_LIMIT.perAddress}
     RETURNING id`,
  )
    .bind(id, sha256Hex(ticketSecret), addressKey, describeDevice(c.req.header('user-agent')), describeArea(c.req.raw.cf as Record<string, unknown> | undefined), now, expiresAt, now - LOGIN_TICKET_LIMIT.windowMs)
    .first();
  if (!made) throw new ApiError('too_many_tickets');
  return { id, secret: ticketSecret, expiresAt };
});

implement(loginTicketRoutes, endpoints.scanLoginTicket, async ({ c, params, caller }) => {
  const now = Date.now();
  const d1 = c.env.DB;
  // The first person to scan holds the ticket; scanning again (the page reopened) is the same scan.
  const row = await d1
    .prepare(
      `UPDATE login_tickets SET state = 'scanned', user_id = ?2
       WHERE id = ?1 AND expires_at > ?3 AND (state = 'waiting' OR (state = 'scanned' AND user_id = ?2)) AND ${FROM_A_PHONE}
       RETURNING id, device, area, created_at AS requestedAt, expires_at AS expiresAt`,
    )
    .bind(params.id, caller.userId, now, caller.sessionId)
    .first<{ id: string; device: string; area: string | null; requestedAt: number; expiresAt: number }>();
  if (!row) throw await phoneRefusal(d1, params.id, caller, now);
  return row;
});

implement(loginTicketRoutes, endpoints.decideLoginTicket, async ({ c, params, body, caller }) => {
  const now = Date.now();
  const d1 = c.env.DB;
  const row = await d1
    .prepare(
      `UPDATE login_tickets SET state = ?3, decided_at = ?5
       WHERE id = ?1 AND user_id = ?2 AND state = 'scanned' AND expires_at > ?5 AND ${FROM_A_PHONE}
       RETURNING id`,
    )
    .bind(params.id, caller.userId, body.approve ? 'confirmed' : 'refused', caller.sessionId, now)
    .first();
  if (!row) throw await phoneRefusal(d1, params.id, caller, now);
});

implement(loginTicketRoutes, endpoints.collectLoginTicket, async ({ c, params, body }) => {
  const now = Date.now();
  const d1 = c.env.DB;
  const ticket = await readTicket(d1, params.id);
  // A wrong secret is told the same as no ticket: the id alone (the QR code) reveals nothing.
  if (!ticket || ticket.secretHash !== sha256Hex(body.secret)) throw new ApiError('not_found', NOT_FOUND);
  if (ticket.state === 'used') throw new ApiError('ticket_used');
  if (ticket.state === 'refused') return { state: 'refused' as const, login: null };
  if (ticket.state !== 'confirmed') return { state: ticket.expiresAt <= now ? ('expired' as const) : ticket.state, login: null };
  if (ticket.expiresAt + LOGIN_TICKET_COLLECT_MS <= now) return { state: 'expired' as const, login: null };

  // Marked used and the session opened in one transaction: of two collects at once, only the one
  // whose session id the ticket took gets a session row.
  const sessionId = newId();
  const [used] = await d1.batch([
    d1.prepare(`UPDATE login_tickets SET state = 'used', session_id = ?2 WHERE id = ?1 AND state = 'confirmed' RETURNING user_id AS userId, device, area`).bind(params.id, sessionId),
    openSessionFromTicket(d1, params.id, sessionId, now),
  ]);
  const claimed = used!.results[0] as { userId: string; device: string; area: string | null } | undefined;
  if (!claimed) throw new ApiError('ticket_used');
  const user = await c.get('db').select(profileColumns).from(users).where(eq(users.id, claimed.userId)).get();
  const token = await tokenForSession(c.env, claimed.userId, { id: sessionId, expiresAt: now + COMPUTER_SESSION_LIFETIME_MS }, now);
  return { state: 'confirmed' as const, login: { ...token, user: user!, isNewUser: false } };
});

/** The computer's session, for whoever confirmed the ticket — only if this collect is the one that used it. */
function openSessionFromTicket(d1: D1Database, ticketId: string, sessionId: string, now: number) {
  return d1
    .prepare(
      `INSERT INTO sessions (id, user_id, kind, device, area, created_at, expires_at)
       SELECT ?2, user_id, 'computer', device, area, ?3, ?4 FROM login_tickets WHERE id = ?1 AND session_id = ?2`,
    )
    .bind(ticketId, sessionId, now, now + COMPUTER_SESSION_LIFETIME_MS);
}
