/**
 * The H5 app working in Chromium under the Content-Security-Policy `wrangler dev` sends with it
 * (see security-headers.test.ts) without a single violation, and refusing to be framed.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, newPhone, browserForThisFile } from './browser';

const browser = browserForThisFile();

/**
 * Collects, from before the first script of every page, each `securitypolicyviolation` event and
 * each console message about a policy, and the Referer of every request the page makes.
 */
async function watchPolicies(page: Page) {
  const violations: string[] = [];
  const messages: string[] = [];
  const referers: string[] = [];
  await page.exposeFunction('reportCspViolation', (violation: string) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation(v: string): void }).reportCspViolation;
      void report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} on ${location.pathname}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy|Permissions[- ]Policy|Refused to/i.test(message.text()))
      messages.push(`${message.type()}: ${message.text()}`);
  });
  page.on('request', async (request) => {
    const referer = (await request.allHeaders()).referer;
    if (referer) referers.push(`${request.url()} <- ${referer}`);
  });
  return { violations, messages, referers };
}

describe('the H5 app under its Content-Security-Policy', () => {
  it('logs in, goes through the tabs, draws a QR code and a photo, follows a receipt: no violation, no Referer', async () => {
    const { page, context } = await newPhone(browser());
    const watched = await watchPolicies(page);

    await page.goto('/');
    await page.waitForURL(/\/pages\/login\/index/);
    await page.getByText('开发环境登录').waitFor();
    // Taro's root font size script (moved out of index.html into a file) has run.
    expect(await page.evaluate(() => document.documentElement.style.fontSize)).toMatch(/^\d+(\.\d+)?px$/);

    await page.getByRole('button', { name: /以张建国登录/ }).click();
    await page.waitForURL(/\/pages\/home\/index/);
    await page.getByText('近期活动').waitFor();

    // The tab bar's links are `href="javascript:;"`: tapping them must not run (and be refused) as a javascript: URL.
    for (const [tab, path] of [
      ['签到', 'checkin'],
      ['答题', 'contest'],
      ['反馈', 'feedback'],
      ['我的', 'me'],
      ['首页', 'home'],
    ]) {
      await page.locator('.weui-tabbar__item', { hasText: tab }).click();
      await page.waitForURL(new RegExp(`/pages/${path}/index`));
    }

    // A QR code drawn on the phone (data: SVG).
    await page.goto('/pages/my-code/index');
    const qr = page.locator('img[src^="data:image/svg+xml"]').first();
    await qr.waitFor();
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // A photo picked for feedback, shown from a blob: URL after compression on a canvas.
    await page.goto('/pages/feedback/index');
    const photo = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    await page.locator('#feedback-photo-input').setInputFiles({ name: '照片.png', mimeType: 'image/png', buffer: photo });
    await page.getByRole('button', { name: '删除第 1 张照片' }).waitFor();
    const preview = page.locator('img[src^="blob:"]').first();
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    // Following anonymous feedback by its receipt code.
    await page.goto('/pages/feedback-receipt/index');
    await page.locator('input#receipt-code').fill('JZGDDEMO2026');
    await page.getByRole('button', { name: '查询进展' }).click();
    await page.locator('.fb-facts').waitFor();

    // Geolocation (check-in with the phone's location) is the app's only permission.
    expect(
      await page.evaluate(() => {
        const policy = (document as unknown as { featurePolicy: { allowsFeature(f: string): boolean } }).featurePolicy;
        return ['geolocation', 'camera', 'microphone', 'payment', 'usb'].map((feature) => `${feature}=${policy.allowsFeature(feature)}`);
      }),
    ).toEqual(['geolocation=true', 'camera=false', 'microphone=false', 'payment=false', 'usb=false']);

    expect(watched.violations, 'CSP violations').toEqual([]);
    expect(watched.messages, 'console messages about a policy').toEqual([]);
    expect(watched.referers, 'requests with a Referer').toEqual([]);

    // The watch does see a violation when there is one: an inline script is refused and reported.
    const ran = await page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineScriptRan = true';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 100));
      return 'inlineScriptRan' in window;
    });
    expect(ran).toBe(false);
    await expect.poll(() => watched.violations).toEqual([expect.stringMatching(/^script-src-elem blocked inline/)]);
    await context.close();
  });

  it('cannot be put in a frame by another page', async () => {
    const { page, context } = await newPhone(browser());
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors/.test(message.text())) refused.push(message.text());
    });
    await page.setContent(`<iframe title="app" src="${baseUrl()}/"></iframe>`);
    await expect.poll(() => page.frames()[1]?.url()).toMatch(/^chrome-error:/);
    await expect.poll(() => refused.length).toBeGreaterThan(0);
    await context.close();
  });
});
