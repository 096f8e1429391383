import { render } from '@testing-library/react';
import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QrCode } from './qr-code';

describe('QrCode', () => {
  it('draws the link as an SVG image the size of its content', () => {
    const link = 'https://dangjian.example.cn/pages/join/index?code=JZGD8888';
    const { container } = render(<QrCode id="qr" text={link} label="邀请二维码" size={400} />);
    const host = container.querySelector('#qr') as HTMLElement;
    const image = host.querySelector('img')!;
    const svg = decodeURIComponent(image.getAttribute('src')!.replace('data:image/svg+xml;charset=utf-8,', ''));
    expect(svg.startsWith('<svg')).toBe(true);
    expect(image.getAttribute('alt')).toBe('邀请二维码');
    // One dark square per dark module of the code.
    const darkModules = encode(link, { ecc: 'M', border: 2 }).data.flat().filter(Boolean).length;
    expect(darkModules).toBeGreaterThan(100);
    expect(svg.match(/M\d+,\d+h/g)!.length).toBe(darkModules);
    expect(host.style.width).toBe('200px');
  });
});
