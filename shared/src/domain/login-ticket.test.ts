import { describe, expect, it } from 'vitest';
import { desktopLoginPath, ticketIdFrom } from './login-ticket';

const ID = 'abcdefghijklmnopqrstuv12';

describe('a login ticket’s QR code', () => {
  it('carries only the ticket id, in a link to the confirmation page', () => {
    expect(desktopLoginPath(ID)).toBe(`/pages/desktop-login/index?ticket=${ID}`);
  });

  it('is read back from the link, WeChat’s decoded `q`, or the bare id — and nothing else', () => {
    expect(ticketIdFrom(`https://dangjian.example.cn/pages/desktop-login/index?ticket=${ID}`)).toBe(ID);
    expect(ticketIdFrom(` ${ID} `)).toBe(ID);
    expect(ticketIdFrom(`https://x.cn/pages/join/index?ticket=${ID}`)).toBeNull();
    expect(ticketIdFrom('https://dangjian.example.cn/pages/desktop-login/index?ticket=short')).toBeNull();
    expect(ticketIdFrom('JZGD8888')).toBeNull();
  });
});
