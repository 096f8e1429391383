import { describe, expect, it } from 'vitest';
import { extractInviteCode } from './invite-code';

describe('extractInviteCode', () => {
  it('reads a typed code in any case, with stray spaces', () => {
    expect(extractInviteCode('jzgd8888')).toBe('JZGD8888');
    expect(extractInviteCode(' JZGD 8888 ')).toBe('JZGD8888');
  });
  it('reads the code from a scanned app link', () => {
    expect(extractInviteCode('https://dangjian.example.cn/pages/join/index?code=SQDJ6666')).toBe('SQDJ6666');
    expect(extractInviteCode('/pages/join/index?from=qr&code=sqdj6666#x')).toBe('SQDJ6666');
  });
  it('refuses what cannot be a code', () => {
    expect(extractInviteCode('')).toBeNull();
    expect(extractInviteCode('JZGD888')).toBeNull();
    expect(extractInviteCode('JZGD88889')).toBeNull();
    expect(extractInviteCode('OOOO1111')).toBeNull();
    expect(extractInviteCode('https://example.cn/other')).toBeNull();
  });
});
