import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, SHORT_CODE_IN_TEXT, SHORT_CODE_LENGTH, SHORT_CODE_PATTERN } from './codes';

describe('the codes people type', () => {
  it('have a pattern that takes exactly the alphabet: no 0/O, 1/I/L', () => {
    const letters = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');
    const taken = letters.filter((letter) => SHORT_CODE_PATTERN.test(letter.repeat(SHORT_CODE_LENGTH)));
    expect(taken.join('')).toBe(CODE_ALPHABET);
    for (const lookAlike of '01OIL') expect(CODE_ALPHABET).not.toContain(lookAlike);
  });

  it('are found inside a link, and only at their length', () => {
    expect(SHORT_CODE_IN_TEXT.exec('https://x/join?code=AB23CD45')?.[0]).toBe('AB23CD45');
    expect(SHORT_CODE_PATTERN.test('AB23CD4')).toBe(false);
    expect(SHORT_CODE_PATTERN.test('AB23CD456')).toBe(false);
  });
});
