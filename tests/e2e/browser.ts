/**
 * Chromium for the end-to-end tests (see chromium.ts): a phone-sized
 * page, screenshots for people to look at, and the axe-core accessibility check.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { LooseJson } from '../bench/lib';
import { CHROMIUM, CHROMIUM_ARGS, launchBrowser, PHONE } from './chromium';
import { afterAll, beforeAll, expect, inject, onTestFailed, onTestFinished } from 'vitest';

const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const requireHere = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(requireHere.resolve('axe-core/axe.min.js'), 'utf8');
const JSQR_SOURCE = readFileSync(requireHere.resolve('jsqr/dist/jsQR.js'), 'utf8');

export const baseUrl = () => inject('baseUrl');

/** One Chromium for the test file, closed after it; call at the top of a file. */
export function browserForThisFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

/**
 * A phone whose owner has set a larger system font: Chromium's default font size preference,
 * written into a fresh profile before launch.
 */
export async function launchPhoneWithFontSize(px: number): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'sitebranch-chromium-'));
  mkdirSync(join(profile, 'Default'));
  writeFileSync(join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: px } } }));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    viewport: PHONE,
    locale: 'zh-CN',
    baseURL: baseUrl(),
  });
}

/** A fresh phone: its own storage (no session), 375×667, Chinese locale; optionally standing somewhere (geolocation allowed). */
export async function newPhone(
  browser: Browser,
  viewport = PHONE,
  where: { geolocation?: { latitude: number; longitude: number } } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const located = where.geolocation ? { geolocation: where.geolocation, permissions: ['geolocation'] } : {};
  const context = await browser.newContext({ viewport, locale: 'zh-CN', baseURL: baseUrl(), ...located });
  const page = await context.newPage();
  const log: string[] = [];
  const pageErrors: string[] = [];
  page.on('console', (message) => log.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A script error on the page fails the test, even if what it checked looked right.
  onTestFinished(() => expect(pageErrors, 'errors thrown on the page').toEqual([]));
  // When a test fails, keep what the phone showed and said, to see why.
  onTestFailed(async ({ task }) => {
    await screenshot(page, `failed-${task.name.replace(/[^\p{L}\p{N}]+/gu, '-')}`).catch(() => undefined);
    console.error(`${page.url()}\n${[...log, ...pageErrors.map((e) => `pageerror: ${e}`)].join('\n')}`);
  });
  return { context, page };
}

/** Saves a screenshot under tests/e2e/screenshots/ (ignored by git) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.waitForTimeout(300); // let transitions settle
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

/** Runs axe-core on the page and fails on any serious or critical violation. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  // Evaluated, not added as a <script>: the app's CSP (script-src 'self') refuses inline scripts, as it should.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  // A toast fading in or out (Taro's H5 toast is an opacity transition) has a contrast that is neither
  // its shown nor its hidden one; axe would judge the frame it happens to catch.
  await page
    .waitForFunction(
      () => document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity),
      undefined,
      { timeout: 5_000 },
    )
    .catch(() => undefined);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            ctx: Document,
            options: object,
          ): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(' ')),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious, `${label}: ${JSON.stringify(serious, null, 2)}`).toEqual([]);
}

/**
 * Reads the QR code in an `<img>` on the page the way a scanner would: draws the picture on a
 * canvas and decodes its pixels with jsQR. Returns the text the code carries.
 */
export async function readQrCode(page: Page, imageSelector: string): Promise<string> {
  if (!(await page.evaluate(() => 'jsQR' in window))) await page.evaluate(JSQR_SOURCE);
  return page.evaluate(async (selector) => {
    type Decoder = (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null;
    const source = document.querySelector<HTMLImageElement>(selector);
    if (!source) throw new Error(`no image at ${selector}`);
    const picture = new Image();
    picture.src = source.src;
    await picture.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, 400, 400);
    context.drawImage(picture, 0, 0, 400, 400);
    const pixels = context.getImageData(0, 0, 400, 400);
    const found = (window as unknown as { jsQR: Decoder }).jsQR(pixels.data, 400, 400);
    if (!found) throw new Error('no QR code could be read from the image');
    return found.data;
  }, imageSelector);
}

/** A name no other test uses, so tests can make people without meeting each other. */
export function uniqueName(prefix: string): string {
  return `${prefix}${Math.random().toString(36).slice(2, 6)}`;
}

/**
 * Opens `path` without a session, which must lead to the development login page and, once
 * logged in by typing the name (demo people or new ones), back to `path` itself.
 */
export async function loginByName(page: Page, name: string, path = '/pages/home/index'): Promise<void> {
  await page.goto(path);
  await page.waitForURL((url) => url.pathname === '/pages/login/index' && url.searchParams.get('returnTo') === path);
  await page.locator('input#login-name').fill(name);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  const [wantedPath, wantedQuery = ''] = path.split('?');
  await page.waitForURL((url) => url.pathname === wantedPath && url.search === (wantedQuery ? `?${wantedQuery}` : ''));
}

/** Calls the API as a person, for setting up what a test needs (a session from the dev login). */
export async function apiAs(name: string) {
  const login = await fetch(`${baseUrl()}/api/auth/dev`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name }),
  }).then((r) => r.json() as Promise<{ token: string; user: { id: string } }>);
  return {
    userId: login.user.id,
    async call<T = LooseJson>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
      const res = await fetch(`${baseUrl()}${path}`, {
        method,
        headers: { authorization: `Bearer ${login.token}`, ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: res.status, body: res.status === 204 ? (undefined as T) : ((await res.json()) as T) };
    },
  };
}
