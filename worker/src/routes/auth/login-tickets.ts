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
import { camelRows, first, sql } from '../../db/sql';
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
  first<TicketRow>(sql(d1, 'SELECT state, user_id, secret_hash, expires_at FROM login_tickets WHERE id = :id', { id }));

/** Why a phone's scan or decision did not take: the ticket as it stands now, and the caller's session. */
async function phoneRefusal(d1: D1Database, id: string, caller: { userId: string; sessionId: string }, now: number): Promise<ApiError> {
  const [ticket, session] = await Promise.all([
    readTicket(d1, id),
    first<{ kind: string }>(sql(d1, 'SELECT kind FROM sessions WHERE id = :sessionId', { sessionId: caller.sessionId })),
  ]);
  if (!ticket) return new ApiError('not_found', NOT_FOUND);
  if (session?.kind === 'computer') return new ApiError('computer_cannot_confirm');
  if (ticket.userId !== null && ticket.userId !== caller.userId) return new ApiError('ticket_taken');
  if (ticket.state === 'waiting') return ticket.expiresAt <= now ? new ApiError('ticket_expired') : new ApiError('ticket_not_scanned');
  if (ticket.state === 'scanned') return new ApiError('ticket_expired');
  return new ApiError('ticket_used');
}

/** The caller's session is a phone's (the mini program, or the local development login): a computer cannot log in another computer. */
const FROM_A_PHONE = `(SELECT kind FROM sessions WHERE id = :sessionId AND revoked_at IS NULL) IN ('wechat', 'dev')`;

implement(loginTicketRoutes, endpoints.createLoginTicket, async ({ c }) => {
  const now = Date.now();
  const id = newTicketId();
  const ticketSecret = newSecret();
  // The address is kept only as a keyed hash, enough to count its requests.
  const address = c.req.header('cf-connecting-ip') ?? 'unknown';
  const addressKey = hmacSha256Hex(secret(c.env, 'SESSION_SECRET'), `login-ticket-address:${address}`);
  const expiresAt = now + LOGIN_TICKET_VALID_MS;
  const made = await sql(
    c.env.DB,
    `INSERT INTO login_tickets (id, secret_hash, address_key, device, area, state, created_at, expires_at)
     SELECT :id, :secretHash, :addressKey, :device, :area, 'waiting', :now, :expiresAt
     WHERE (SELECT count(*) FROM login_tickets WHERE address_key = :addressKey AND created_at > :since) < ${LOGIN_TICKET_LIMIT.perAddress}
     RETURNING id`,
    {
      id,
      secretHash: sha256Hex(ticketSecret),
      addressKey,
      device: describeDevice(c.req.header('user-agent')),
      area: describeArea(c.req.raw.cf as Record<string, unknown> | undefined),
      now,
      expiresAt,
      since: now - LOGIN_TICKET_LIMIT.windowMs,
    },
  ).first();
  if (!made) throw new ApiError('too_many_tickets');
  return { id, secret: ticketSecret, expiresAt };
});

implement(loginTicketRoutes, endpoints.scanLoginTicket, async ({ c, params, caller }) => {
  const now = Date.now();
  const d1 = c.env.DB;
  // The first person to scan holds the ticket; scanning again (the page reopened) is the same scan.
  const row = await first<{ id: string; device: string; area: string | null; requestedAt: number; expiresAt: number }>(
    sql(
      d1,
      `UPDATE login_tickets SET state = 'scanned', user_id = :userId
     WHERE id = :id AND expires_at > :now AND (state = 'waiting' OR (state = 'scanned' AND user_id = :userId)) AND ${FROM_A_PHONE}
     RETURNING id, device, area, created_at AS requested_at, expires_at`,
      { id: params.id, userId: caller.userId, now, sessionId: caller.sessionId },
    ),
  );
  if (!row) throw await phoneRefusal(d1, params.id, caller, now);
  return row;
});

implement(loginTicketRoutes, endpoints.decideLoginTicket, async ({ c, params, body, caller }) => {
  const now = Date.now();
  const d1 = c.env.DB;
  const row = await sql(
    d1,
    `UPDATE login_tickets SET state = :state, decided_at = :now
     WHERE id = :id AND user_id = :userId AND state = 'scanned' AND expires_at > :now AND ${FROM_A_PHONE}
     RETURNING id`,
    { id: params.id, userId: caller.userId, state: body.approve ? 'confirmed' : 'refused', sessionId: caller.sessionId, now },
  ).first();
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
  const [used] = await d1.batch<Record<string, unknown>>([
    sql(
      d1,
      `UPDATE login_tickets SET state = 'used', session_id = :sessionId WHERE id = :id AND state = 'confirmed' RETURNING user_id, device, area`,
      { id: params.id, sessionId },
    ),
    openSessionFromTicket(d1, params.id, sessionId, now),
  ]);
  const claimed = camelRows<{ userId: string; device: string; area: string | null }>(used!.results)[0];
  if (!claimed) throw new ApiError('ticket_used');
  const user = await c.get('db').select(profileColumns).from(users).where(eq(users.id, claimed.userId)).get();
  const token = await tokenForSession(c.env, claimed.userId, { id: sessionId, expiresAt: now + COMPUTER_SESSION_LIFETIME_MS }, now);
  return { state: 'confirmed' as const, login: { ...token, user: user!, isNewUser: false } };
});

/** The computer's session, for whoever confirmed the ticket — only if this collect is the one that used it. */
function openSessionFromTicket(d1: D1Database, ticketId: string, sessionId: string, now: number) {
  return sql(
    d1,
    `INSERT INTO sessions (id, user_id, kind, device, area, created_at, expires_at)
     SELECT :sessionId, user_id, 'computer', device, area, :now, :expiresAt FROM login_tickets WHERE id = :ticketId AND session_id = :sessionId`,
    { ticketId, sessionId, now, expiresAt: now + COMPUTER_SESSION_LIFETIME_MS },
  );
}
