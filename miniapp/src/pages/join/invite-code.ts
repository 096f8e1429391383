import { SHORT_CODE_IN_TEXT, SHORT_CODE_LENGTH } from '@sitebranch/shared';

/**
 * Finds the invite code in what a person typed or scanned: the bare code, or an app link
 * whose `code=` parameter carries it. Returns null when there is none.
 */
export function extractInviteCode(input: string): string | null {
  const text = input.trim();
  const fromLink = /[?&]code=([^&#]+)/.exec(text)?.[1];
  const candidate = (fromLink ? decodeURIComponent(fromLink) : text).toUpperCase().replace(/\s+/g, '');
  const match = SHORT_CODE_IN_TEXT.exec(candidate);
  return match && (fromLink || candidate.length === SHORT_CODE_LENGTH) ? match[0] : null;
}
