/**
 * What the H5 app costs a phone on its first visit: every file fetched (cold cache) to show the
 * login page, then 首页 after logging in, with raw and gzip sizes (Cloudflare and `wrangler dev`
 * serve them compressed; gzip is what a phone downloads), and the time each took on this machine's loopback.
 * Part of `npm run bench` (which builds H5 with SITEBRANCH_DEV_LOGIN=on first).
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, PHONE } from '../e2e/chromium';
import type { Figure } from './lib';

type Fetched = { path: string; kind: string; raw: number; gzip: number };

/** Records each same-origin file the page fetches (API answers counted apart). */
function recordFetches(page: Page, origin: string) {
  const fetched: Fetched[] = [];
  const reading = new Set<Promise<void>>();
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || response.status() !== 200) return;
    const read = response
      .body()
      .catch(() => Buffer.alloc(0))
      .then((body) => {
        fetched.push({
          path: url.pathname,
          kind: url.pathname.startsWith('/api/') ? 'api' : response.request().resourceType(),
          raw: body.length,
          gzip: gzipSync(body).length,
        });
      });
    reading.add(read);
    void read.finally(() => reading.delete(read));
  });
  /** Everything fetched so far, once the bodies being read are in. */
  const settled = async () => {
    await page.waitForLoadState('networkidle');
    await Promise.all(reading);
    return [...fetched];
  };
  return settled;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
/** A "fast 3G" link (Chrome's preset): what one bar of signal on a site often gives. */
const THREE_G_BITS_PER_SECOND = 1.6e6;

function figure(label: string, files: Fetched[], ms: number): Figure {
  const assets = files.filter((f) => f.kind !== 'api');
  const sum = (list: Fetched[], key: 'raw' | 'gzip') => list.reduce((total, f) => total + f[key], 0);
  const scripts = assets.filter((f) => f.kind === 'script');
  const transfer3g = (sum(assets, 'gzip') * 8) / THREE_G_BITS_PER_SECOND;
  return {
    measure: label,
    value:
      `${assets.length} files, ${kib(sum(assets, 'raw'))} raw, ${kib(sum(assets, 'gzip'))} gzip (JS ${kib(sum(scripts, 'gzip'))} gzip), ` +
      `${transfer3g.toFixed(1)} s at 1.6 Mbit/s; ${(ms / 1000).toFixed(1)} s here; ${files.length - assets.length} API calls`,
  };
}

export async function benchH5(base: string): Promise<Figure[]> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', baseURL: base });
    const page = await context.newPage();
    const fetchedSoFar = recordFetches(page, base);

    let t0 = performance.now();
    await page.goto('/pages/home/index');
    await page.locator('input#login-name').waitFor();
    const loginPage = performance.now() - t0;
    const atLogin = await fetchedSoFar();

    t0 = performance.now();
    await page.locator('input#login-name').fill('刘洋');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await page.getByText('近期活动').waitFor();
    const home = performance.now() - t0;
    const all = await fetchedSoFar();
    return [
      figure('H5 first visit, login page (cold cache)', atLogin, loginPage),
      figure('then 首页 with its data, after logging in', all.slice(atLogin.length), home),
    ];
  } finally {
    await browser.close();
  }
}
