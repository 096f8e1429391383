/**
 * How long the name at the start of an entry is, character by character: Latin names of a few words
 * (`Mary Ann Lee`), other names with `·` between parts (`买买提·艾力`), and a name spaced out to line
 * up (`王 芳`).
 */

import { isLatinLetter, isLetter, isLetterOrDigit, isMark } from '../characters';

const SPACE = /\s/;
const NAME_DOTS = new Set(['·', '•', '・', '‧', '.']);
const LATIN_WORD_MARKS = new Set(["'", '’', '.', '-']);

function isLatinWordPart(char: string): boolean {
  return isLatinLetter(char) || isMark(char) || LATIN_WORD_MARKS.has(char);
}

function isOtherNamePart(char: string): boolean {
  return (isLetter(char) || isMark(char)) && !isLatinLetter(char);
}

/** Where a run of characters passing `test` that starts at `from` ends. */
export function runEnd(chars: string[], from: number, test: (char: string) => boolean): number {
  let end = from;
  while (end < chars.length && test(chars[end]!)) end++;
  return end;
}

function spacesEnd(chars: string[], from: number): number {
  return runEnd(chars, from, (char) => SPACE.test(char));
}

/**
 * How many characters of a Latin name start `chars`: one to four words (`John`, `Mary Ann Lee`);
 * a later word glued to Chinese (`Lee班`) is not part of it. 0 when `chars` does not start with one.
 */
export function latinNameLength(chars: string[]): number {
  if (!chars[0] || !isLatinLetter(chars[0])) return 0;
  let end = runEnd(chars, 1, isLatinWordPart);
  for (let words = 1; words < 4; words++) {
    const start = spacesEnd(chars, end);
    if (start === end || !chars[start] || !isLatinLetter(chars[start]!)) break;
    let wordEnd = runEnd(chars, start + 1, isLatinWordPart);
    // A word's trailing `.` or `-` may be given back so that what follows it is not a letter.
    while (wordEnd > start + 1 && chars[wordEnd] && isLetterOrDigit(chars[wordEnd]!)) wordEnd--;
    if (chars[wordEnd] && isLetterOrDigit(chars[wordEnd]!)) break;
    end = wordEnd;
  }
  return end;
}

/** How many characters of any other name start `chars`: non-Latin letters, with `·` between parts (`买买提·艾力`). */
export function otherNameLength(chars: string[]): number {
  let end = runEnd(chars, 0, isOtherNamePart);
  if (end === 0) return 0;
  for (;;) {
    const dot = spacesEnd(chars, end);
    if (!chars[dot] || !NAME_DOTS.has(chars[dot]!)) return end;
    const part = spacesEnd(chars, dot + 1);
    const partEnd = runEnd(chars, part, isOtherNamePart);
    if (partEnd === part) return end;
    end = partEnd;
  }
}

/** One or two more non-Latin letters after spaces, standing alone (`王 芳` → 芳), or null. */
export function spacedRestOfName(after: string): { rest: string; length: number } | null {
  const chars = Array.from(after);
  const start = spacesEnd(chars, 0);
  const end = runEnd(chars, start, isOtherNamePart);
  if (start === 0 || end === start || end - start > 2) return null;
  return { rest: chars.slice(start, end).join(''), length: chars.slice(0, end).join('').length };
}
