/** Invite codes: 8 characters from the same alphabet as `InviteCodeSchema` (no 0/O, 1/I/L). */
const CODE_PATTERN = /[2-9A-HJKMNP-Z]{8}/;

/**
 * Finds the invite code in what a person typed or scanned: the bare code, or an app link
 * whose `code=` parameter carries it. Returns null when there is none.
 */
export function extractInviteCode(input: string): string | null {
  const text = input.trim();
  const fromLink = /[?&]code=([^&#]+)/.exec(text)?.[1];
  const candidate = (fromLink ? decodeURIComponent(fromLink) : text).toUpperCase().replace(/\s+/g, '');
  const match = CODE_PATTERN.exec(candidate);
  return match && (fromLink || candidate.length === 8) ? match[0] : null;
}
