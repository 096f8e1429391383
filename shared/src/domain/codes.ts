/**
 * The codes people read out and type by hand: invite codes, roster claim codes and anonymous
 * feedback receipts. Their letters avoid look-alikes (no 0/O, 1/I/L) so they survive a meeting,
 * a phone call or a note on paper.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
/** Invite and claim codes: 8 characters, about 40 bits. */
export const SHORT_CODE_LENGTH = 8;
/** Receipt codes: 12 characters, about 59 bits. */
export const RECEIPT_CODE_LENGTH = 12;

/** One character of `CODE_ALPHABET`, as a regular-expression class. */
const CODE_CHARACTER = '[2-9A-HJKMNP-Z]';
/** An invite or claim code, the whole text (upper case). */
export const SHORT_CODE_PATTERN = new RegExp(`^${CODE_CHARACTER}{${SHORT_CODE_LENGTH}}$`);
/** An invite or claim code inside other text (a link, a pasted message). */
export const SHORT_CODE_IN_TEXT = new RegExp(`${CODE_CHARACTER}{${SHORT_CODE_LENGTH}}`);
/**
 * What a receipt look-up accepts: wider than the codes issued (any letters and digits, 10–32), so a
 * mistyped code is answered "not found" by the server rather than refused by its shape.
 */
export const RECEIPT_LOOKUP_PATTERN = /^[0-9A-Za-z]{10,32}$/;
