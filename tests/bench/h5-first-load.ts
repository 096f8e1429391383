/**
 * What the H5 app costs a phone on its first visit: every file fetched (cold cache) to show the
 * login page, then 首页 after logging in, with raw and gzip sizes (Cloudflare serves the assets
 * compressed; `wrangler dev` does not), and the time each took on this machine's loopback.
 * Run: pnpm --filter @sitebranch/tests bench:h5   (after building H5 with SITEBRANCH_DEV_LOGIN=on)
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, PHONE } from '../e2e/chromium';
import { startLocalWorker } from '../e2e/local-worker';

type Fetched = { path: string; kind: string; raw: number; gzip: number };

/** Records each same-origin file the page fetches (API answers counted apart). */
function recordFetches(page: Page, origin: string): Fetched[] {
  const fetched: Fetched[] = [];
  page.on('response', async (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || response.status() !== 200) return;
    const body = await response.body().catch(() => Buffer.alloc(0));
    fetched.push({ path: url.pathname, kind: url.pathname.startsWith('/api/') ? 'api' : response.request().resourceType(), raw: body.length, gzip: gzipSync(body).length });
  });
  return fetched;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
function report(label: string, files: Fetched[], ms: number) {
  const assets = files.filter((f) => f.kind !== 'api');
  const sum = (list: Fetched[], key: 'raw' | 'gzip') => list.reduce((total, f) => total + f[key], 0);
  const byKind = ['script', 'stylesheet', 'document', 'image', 'font'].map((kind) => {
    const list = assets.filter((f) => f.kind === kind);
    return list.length ? `${kind} ${list.length} (${kib(sum(list, 'gzip'))} gz)` : '';
  });
  console.log(`${label}: ${(ms / 1000).toFixed(1)} s; ${assets.length} files, ${kib(sum(assets, 'raw'))} raw, ${kib(sum(assets, 'gzip'))} gzip — ${byKind.filter(Boolean).join(', ')}; ${files.length - assets.length} API calls`);
}

const worker = await startLocalWorker();
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: PHONE, locale: 'zh-CN', baseURL: worker.baseUrl });
  const page = await context.newPage();
  const fetched = recordFetches(page, worker.baseUrl);

  let t0 = performance.now();
  await page.goto('/pages/home/index');
  await page.locator('#login-name input').waitFor();
  await page.waitForLoadState('networkidle');
  report('first visit, login page', [...fetched], performance.now() - t0);

  const before = fetched.length;
  t0 = performance.now();
  await page.locator('#login-name input').fill('刘洋');
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/pages/home/index');
  await page.waitForLoadState('networkidle');
  report('then 首页 after logging in', fetched.slice(before), performance.now() - t0);
  report('in all', fetched, 0);
} finally {
  await browser.close();
  await worker.stop();
}
