/**
 * 扫码登录 with two browsers: the computer (1366×768) shows a ticket's QR code, the phone (375 px,
 * logged in) opens what the code carries, sees which computer asks and confirms; the computer is
 * then logged in with its own 12-hour session, which the phone can end from 登录设备.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, loginByName, newPhone, readQrCode, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();
const DESKTOP = { width: 1366, height: 768 };

type Stored = { token: string; expiresAt: number; sessionEndsAt?: number };
const readSession = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('sitebranch.session') ?? 'null') as { data: Stored } | null)?.data ?? null);

/** The computer on its login page with the code shown; the link the code carries, and the secret only it was given. */
async function computerWithCode() {
  const computer = await newPhone(browser(), DESKTOP);
  await computer.page.goto('/pages/login/index');
  const [created] = await Promise.all([
    computer.page.waitForResponse((r) => r.url().endsWith('/api/auth/tickets') && r.request().method() === 'POST'),
    computer.page.getByRole('button', { name: '显示登录二维码' }).click(),
  ]);
  const ticket = (await created.json()) as { id: string; secret: string };
  await computer.page.locator('#login-ticket-qr img, img#login-ticket-qr').first().waitFor();
  const link = await readQrCode(computer.page, '#login-ticket-qr img, img#login-ticket-qr');
  return { ...computer, ticket, link };
}

const countdownSeconds = async (page: Page) => {
  const text = await page.getByText(/后二维码失效/).textContent();
  const [, m, s] = /(\d+):(\d\d)/.exec(text ?? '')!;
  return Number(m) * 60 + Number(s);
};

describe('扫码登录', () => {
  it('the phone confirms and the computer is logged in with its own 12-hour session; 登录设备 ends it at once', async () => {
    const computer = await computerWithCode();
    const url = new URL(computer.link);
    expect(url.pathname).toBe('/pages/desktop-login/index');
    expect(url.searchParams.get('ticket')).toBe(computer.ticket.id);
    // What the code carries is the id alone: a photograph of it holds no secret.
    expect(computer.link).not.toContain(computer.ticket.secret);

    // The countdown moves: about three seconds fewer after three seconds.
    const first = await countdownSeconds(computer.page);
    await computer.page.waitForTimeout(3_000);
    const later = await countdownSeconds(computer.page);
    expect(first - later).toBeGreaterThanOrEqual(2);
    expect(first - later).toBeLessThanOrEqual(4);
    await computer.page.getByText('请用手机扫码').waitFor();
    await expectAccessible(computer.page, 'computer-login-1366');
    await screenshot(computer.page, 'computer-login-1366');

    const phone = await newPhone(browser());
    await loginByName(phone.page, '张建国', `${url.pathname}${url.search}`);
    await phone.page.getByText('有电脑请求以您的身份登录').waitFor();
    await phone.page.getByText(/浏览器与系统：Chrome \d+ · Linux/).waitFor();
    await computer.page.getByText('已扫码，请在手机上确认登录').waitFor();
    await expectAccessible(phone.page, 'desktop-login-confirm-375');
    await screenshot(phone.page, 'desktop-login-confirm-375');

    await phone.page.getByRole('button', { name: '确认登录' }).click();
    await phone.page.getByText('已确认，电脑将自动登录').waitFor();
    await computer.page.waitForURL((u) => u.pathname === '/pages/home/index', { timeout: 15_000 });
    await computer.page.getByText('滨江花园项目临时党支部').first().waitFor();
    const session = (await readSession(computer.page))!;
    expect(session.sessionEndsAt! - Date.now()).toBeGreaterThan(11.9 * 3_600_000);
    expect(session.sessionEndsAt! - Date.now()).toBeLessThanOrEqual(12 * 3_600_000);
    await screenshot(computer.page, 'computer-logged-in-1366');

    // 我的 → 登录设备 lists the computer; 退出 ends it, and the computer is back at the login page.
    await phone.page.goto('/pages/devices/index');
    const row = phone.page.getByRole('listitem', { name: /电脑：Chrome \d+ · Linux/ });
    await row.waitFor();
    await expectAccessible(phone.page, 'devices-375');
    await screenshot(phone.page, 'devices-375');
    await row.getByRole('button', { name: '退出' }).click();
    await phone.page.getByText('已让该设备退出').waitFor();
    await expect.poll(() => row.count()).toBe(0);
    await computer.page.goto('/pages/me/index');
    await computer.page.waitForURL((u) => u.pathname === '/pages/login/index', { timeout: 15_000 });
    await computer.context.close();
    await phone.context.close();
  });

  it('a refusal on the phone leaves the computer logged out, with a fresh code a tap away', async () => {
    const computer = await computerWithCode();
    const phone = await newPhone(browser());
    const url = new URL(computer.link);
    await loginByName(phone.page, uniqueName('拒绝的工友'), `${url.pathname}${url.search}`);
    await phone.page.getByRole('button', { name: '拒绝' }).click();
    await phone.page.getByText('已拒绝，这台电脑不会登录').waitFor();
    await computer.page.getByText('手机上已拒绝这次登录').waitFor();
    expect(await readSession(computer.page)).toBeNull();
    await computer.page.getByRole('button', { name: '刷新二维码' }).click();
    await computer.page.locator('#login-ticket-qr img, img#login-ticket-qr').first().waitFor();
    await computer.page.getByText('请用手机扫码').waitFor();
    const fresh = await readQrCode(computer.page, '#login-ticket-qr img, img#login-ticket-qr');
    expect(fresh).not.toBe(computer.link);
    await computer.context.close();
    await phone.context.close();
  });
});
