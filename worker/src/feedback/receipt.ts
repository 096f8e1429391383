/**
 * The stored form of a receipt code: an HMAC under the receipts' own secret, so that a copy of the
 * database holds no usable code and cannot be checked against guessed codes without that secret.
 */
import { hmacSha256Hex } from '@sitebranch/shared';

export function receiptHash(receiptSecret: string, code: string): string {
  return hmacSha256Hex(receiptSecret, `receipt:${code.trim().toUpperCase()}`);
}
