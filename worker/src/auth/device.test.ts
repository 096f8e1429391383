import { describe, expect, it } from 'vitest';
import { describeArea, describeDevice } from './device';

describe('describeDevice', () => {
  it('names the browser and system of common desktop and phone browsers', () => {
    expect(
      describeDevice('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36'),
    ).toBe('Chrome 131 · Windows');
    expect(
      describeDevice(
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86',
      ),
    ).toBe('Edge 131 · Windows');
    expect(
      describeDevice('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15'),
    ).toBe('Safari 17 · macOS');
    expect(describeDevice('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0')).toBe('Firefox 128 · Linux');
    expect(
      describeDevice('Mozilla/5.0 (Linux; Android 14; V2309A) AppleWebKit/537.36 Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.47'),
    ).toBe('微信内置浏览器 · Android');
  });

  it('says so when the header tells nothing', () => {
    expect(describeDevice(undefined)).toBe('未知浏览器 · 未知系统');
    expect(describeDevice('curl/8.5.0')).toBe('未知浏览器 · 未知系统');
  });
});

describe('describeArea', () => {
  it('joins what Cloudflare knows, without repeats or placeholders', () => {
    expect(describeArea({ city: 'Hangzhou', region: 'Zhejiang', country: 'CN' })).toBe('Hangzhou, Zhejiang, CN');
    expect(describeArea({ country: 'XX' })).toBeNull();
    expect(describeArea(undefined)).toBeNull();
  });
});
