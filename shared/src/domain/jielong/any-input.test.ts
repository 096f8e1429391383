/** Tests that any text, however broken, reads, matches and checks for absence without throwing. */

import { describe, expect, it } from 'vitest';
import { isAbsenceRemark } from './absence';
import { matchJielong } from './match-roster';
import { parseJielong } from './read-list';

describe('parseJielong: pastes as WeChat gives them', () => {
  it('never throws on garbage and always returns well-formed entries', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pieces = [
      '1.',
      '2、',
      ' ',
      '\n',
      '\r\n',
      '\u3000',
      '#接龙',
      '例',
      '·',
      '(',
      '）',
      '🙏',
      '\u200d',
      '\ud800',
      '请假',
      '张伟',
      'A',
      '[抱拳]',
      '[',
      '0',
      '9999.',
      '\u0000',
      '．',
      '-',
      '/',
    ];
    for (let round = 0; round < 300; round++) {
      let text = '';
      const length = Math.floor(random() * 60);
      for (let i = 0; i < length; i++) {
        text += random() < 0.7 ? pieces[Math.floor(random() * pieces.length)]! : String.fromCodePoint(Math.floor(random() * 0x2ffff));
      }
      const list = parseJielong(text);
      for (const parsed of list.entries) {
        expect(parsed.name).not.toBe('');
        expect(parsed.line).toBeGreaterThanOrEqual(1);
      }
      expect(() => matchJielong(list.entries, [{ userId: 'u', name: '张伟', workTeam: null }])).not.toThrow();
      expect(() => isAbsenceRemark(text)).not.toThrow();
    }
    expect(() => parseJielong('1. '.repeat(100_000))).not.toThrow();
    expect(() => parseJielong('张'.repeat(200_000))).not.toThrow();
  });
});
