/**
 * The receipt of the anonymous feedback being followed up, handed from page to page in memory only:
 * never in a page URL (it would stay in the browser's history and in `returnTo`) and never in
 * storage (whoever picks up the phone next would find it). Leaving the app forgets it; the person
 * types it in again, as they would on another phone.
 */
let held: string | null = null;

/** Keeps the receipt for the detail page that is about to open (`?via=receipt`). */
export function holdReceipt(code: string): void {
  held = code;
}

export function heldReceipt(): string | null {
  return held;
}
