/** What the metadata strippers share: the refusal of a broken container, and byte plumbing. */

/** The container's structure is broken (a truncated or overlong segment or chunk); nothing of it is stored. */
export class CorruptPhotoError extends Error {
  override readonly name = 'CorruptPhotoError';
}

/** Whether `bytes` holds the ASCII text `text` at `at`. */
export const hasAscii = (bytes: Uint8Array, at: number, text: string) =>
  at + text.length <= bytes.length && [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0));

/** The parts one after another, copied once. */
export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
