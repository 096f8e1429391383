/**
 * The worker's secrets. Each has one use (DESIGN, security model), so a leak of one does not open
 * the others: sessions; check-in codes (per-event and per-person keys); the feedback daily limit and
 * retry keys, which must not be computable by whoever holds the session secret; receipts.
 */
import type { Env } from '../env';
import { ApiError } from '../http/errors';

export type SecretName = 'SESSION_SECRET' | 'CHECKIN_SECRET' | 'FEEDBACK_RATE_SECRET' | 'RECEIPT_SECRET';
export const SECRET_NAMES: readonly SecretName[] = ['SESSION_SECRET', 'CHECKIN_SECRET', 'FEEDBACK_RATE_SECRET', 'RECEIPT_SECRET'];

/** A secret, checked to be there, strong enough and not another secret reused; a worker without one refuses with 503. */
export function secret(env: Env, name: SecretName): string {
  const value = env[name];
  if (!value || value.length < 32) throw new ApiError('misconfigured');
  if (SECRET_NAMES.some((other) => other !== name && env[other] === value)) throw new ApiError('misconfigured');
  return value;
}
