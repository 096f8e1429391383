import { CODE_ALPHABET, RECEIPT_CODE_LENGTH, SHORT_CODE_LENGTH } from '@sitebranch/shared';

const ID_ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';

function randomString(alphabet: string, length: number): string {
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % alphabet.length);
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < limit && out.length < length) out += alphabet[byte % alphabet.length];
    }
  }
  return out;
}

/** A new random id: 16 characters of [0-9a-z], about 82 bits. */
export function newId(): string {
  return randomString(ID_ALPHABET, 16);
}

/** A new invite or claim code, matching `InviteCodeSchema`. */
export function newInviteCode(): string {
  return randomString(CODE_ALPHABET, SHORT_CODE_LENGTH);
}

/**
 * A receipt code for anonymous feedback, easy to read out and type.
 * From `seedHex` (an HMAC only the worker can make) when a retried submit must get the same code.
 */
export function newReceiptCode(seedHex?: string): string {
  if (!seedHex) return randomString(CODE_ALPHABET, RECEIPT_CODE_LENGTH);
  let out = '';
  for (let i = 0; out.length < RECEIPT_CODE_LENGTH; i += 2)
    out += CODE_ALPHABET[parseInt(seedHex.slice(i, i + 2), 16) % CODE_ALPHABET.length];
  return out;
}

/** A login ticket id: 24 characters of [0-9a-z], about 124 bits — it is in a QR code anyone nearby may photograph. */
export function newTicketId(): string {
  return randomString(ID_ALPHABET, 24);
}

/** A secret for the caller to hold: 32 random bytes, base64url (43 characters). */
export function newSecret(): string {
  let binary = '';
  for (const byte of crypto.getRandomValues(new Uint8Array(32))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
