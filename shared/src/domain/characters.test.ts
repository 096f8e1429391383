import { describe, expect, it } from 'vitest';
import { isEmojiPart, isLatinLetter, isLetter, isPunctuationOrSymbol } from './characters';
import { stemKey } from './questions';

/** The Unicode property escapes the code-point ranges stand in for (Node keeps them; the phone's build cannot). */
const PROPERTY = {
  latin: /\p{Script=Latin}/u,
  letter: /\p{L}/u,
  punctuationOrSymbol: /[\p{P}\p{S}]/u,
  assigned: /\P{Cn}/u,
};

/** Blocks that names, work teams and question stems are written in. */
const BLOCKS: [number, number][] = [
  [0x20, 0x24f],
  [0x370, 0x4ff],
  [0x2000, 0x206f],
  [0x3000, 0x30ff],
  [0x4e00, 0x9fff],
  [0xff00, 0xffef],
];

function differences(test: (char: string) => boolean, property: RegExp): string[] {
  const found: string[] = [];
  for (const [from, to] of BLOCKS) {
    for (let code = from; code <= to; code++) {
      const char = String.fromCodePoint(code);
      if (PROPERTY.assigned.test(char) && test(char) !== property.test(char)) found.push(code.toString(16));
    }
  }
  return found;
}

describe('character classes by code point', () => {
  it('agree with the Unicode properties in the blocks the text is written in', () => {
    expect(differences(isLatinLetter, PROPERTY.latin)).toEqual([]);
    expect(differences(isPunctuationOrSymbol, PROPERTY.punctuationOrSymbol)).toEqual([]);
    // 々〆〇 count as letters for names; `\p{L}` leaves 〇 out (it is a number).
    expect(differences(isLetter, PROPERTY.letter)).toEqual(['3007']);
  });

  it('find emoji, skin tones and flags', () => {
    for (const char of Array.from('👍🏻🇨🇳✅❤🎉👷')) expect(isEmojiPart(char), char).toBe(true);
    for (const char of Array.from('张A1，。')) expect(isEmojiPart(char), char).toBe(false);
  });

  it('leave duplicate keys of stored stems as they were', () => {
    const stems = [
      '“两学一做”学习教育中，“做”的是什么？',
      'The C.P.C. was founded in 1921.',
      '（ ）是党的根本组织原则 ①②',
      '党员👍应当：A、B',
    ];
    const before = (stem: string) =>
      stem
        .normalize('NFKC')
        .replace(/[\s\p{P}\p{S}]/gu, '')
        .toLowerCase();
    for (const stem of stems) expect(stemKey(stem)).toBe(before(stem));
  });
});
