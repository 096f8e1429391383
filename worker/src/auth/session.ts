/**
 * The project's own session tokens: `base64url(payload).base64url(HMAC-SHA256(payload))`.
 * Stateless, so checking one costs no D1 round trip; they expire after SESSION_TTL_HOURS.
 */
import { ApiError } from '../http/errors';

interface SessionPayload {
  /** The user id. */
  sub: string;
  iat: number;
  exp: number;
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

/** Checks the secret is there and strong enough; a worker without one must not hand out sessions. */
export function requireSecret(secret: string | undefined): string {
  if (!secret || secret.length < 32) throw new ApiError('misconfigured');
  return secret;
}

export async function issueSession(secret: string, userId: string, ttlMs: number, now = Date.now()) {
  const payload: SessionPayload = { sub: userId, iat: now, exp: now + ttlMs };
  const body = toBase64Url(encoder.encode(JSON.stringify(payload)));
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(body));
  return { token: `${body}.${toBase64Url(new Uint8Array(signature))}`, expiresAt: payload.exp };
}

/** The user id of a valid token; throws 401 for a tampered, malformed or expired one. */
export async function verifySession(secret: string, token: string, now = Date.now()): Promise<string> {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined) throw new ApiError('unauthenticated', '登录信息无效，请重新登录');
  let payload: SessionPayload;
  try {
    const valid = await crypto.subtle.verify('HMAC', await hmacKey(secret), fromBase64Url(signature), encoder.encode(body));
    if (!valid) throw new Error('bad signature');
    payload = JSON.parse(new TextDecoder().decode(fromBase64Url(body))) as SessionPayload;
  } catch {
    throw new ApiError('unauthenticated', '登录信息无效，请重新登录');
  }
  if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') {
    throw new ApiError('unauthenticated', '登录信息无效，请重新登录');
  }
  if (payload.exp <= now) throw new ApiError('session_expired');
  return payload.sub;
}

/** Session lifetime from config, in milliseconds (default 7 days). */
export function sessionTtlMs(hours: string | undefined): number {
  const parsed = Number(hours);
  return (Number.isFinite(parsed) && parsed > 0 ? parsed : 168) * 60 * 60 * 1000;
}
