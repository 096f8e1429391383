/**
 * The project's own session tokens: `base64url(payload).base64url(HMAC-SHA256(payload))`. The
 * payload names the user and the session (a row in `sessions`), so that logging out ends it; the
 * signature is checked without D1, the session row by `db/sessions.ts`.
 */
import type { Env } from '../env';
import { ApiError } from '../http/errors';
import { secret } from './secrets';

interface SessionPayload {
  /** The user id. */
  sub: string;
  /** The session id. */
  sid: string;
  iat: number;
  exp: number;
}

/** Who a valid token speaks for. */
export interface SessionClaim {
  userId: string;
  sessionId: string;
}

const encoder = new TextEncoder();
const keyCache = new Map<string, Promise<CryptoKey>>();

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keyCache.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    keyCache.set(secret, key);
  }
  return key;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/** Signs a token for a session, valid until `expiresAt`. */
export async function signSessionToken(secret: string, claim: SessionClaim, expiresAt: number, now = Date.now()) {
  const payload: SessionPayload = { sub: claim.userId, sid: claim.sessionId, iat: now, exp: expiresAt };
  const body = toBase64Url(encoder.encode(JSON.stringify(payload)));
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(body));
  return { token: `${body}.${toBase64Url(new Uint8Array(signature))}`, expiresAt };
}

const INVALID = '登录信息无效，请重新登录';

/** The user and session of a well-signed, unexpired token; throws 401 for a tampered, malformed or expired one. */
export async function verifySessionToken(secret: string, token: string, now = Date.now()): Promise<SessionClaim> {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) throw new ApiError('unauthenticated', INVALID);
  let payload: SessionPayload;
  try {
    const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret), fromBase64Url(signature), encoder.encode(body));
    if (!valid) throw new Error('bad signature');
    payload = JSON.parse(new TextDecoder().decode(fromBase64Url(body))) as SessionPayload;
  } catch {
    throw new ApiError('unauthenticated', INVALID);
  }
  if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number')
    throw new ApiError('unauthenticated', INVALID);
  if (payload.exp <= now) throw new ApiError('session_expired');
  return { userId: payload.sub, sessionId: payload.sid };
}

/** How long one token lasts before the app renews it, from config, in milliseconds (default 7 days). */
export function tokenTtlMs(hours: string | undefined): number {
  const parsed = Number(hours);
  return (Number.isFinite(parsed) && parsed > 0 ? parsed : 168) * 60 * 60 * 1000;
}

/** A session's absolute lifetime: renewing tokens never carries it past this (then WeChat login again). */
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60_000;

/** A token for the session, valid for the token lifetime but never past the session's absolute end. */
export async function tokenForSession(env: Env, userId: string, session: { id: string; expiresAt: number }, now = Date.now()) {
  const expiresAt = Math.min(now + tokenTtlMs(env.SESSION_TTL_HOURS), session.expiresAt);
  const signed = await signSessionToken(secret(env, 'SESSION_SECRET'), { userId, sessionId: session.id }, expiresAt, now);
  return { ...signed, sessionEndsAt: session.expiresAt };
}
