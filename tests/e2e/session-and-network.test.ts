import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, loginByName, newPhone, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();

type StoredSession = { token: string; expiresAt: number };
const readSession = (page: Page) =>
  page.evaluate(() => (JSON.parse(localStorage.getItem('sitebranch.session') ?? 'null') as { data: StoredSession } | null)?.data ?? null);

describe('the request module', () => {
  it('renews a session that is about to run out, without the person noticing', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, uniqueName('续期用户'));
    const first = (await readSession(page))!;
    // Pretend the session ends within the hour: the next call renews it first.
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('sitebranch.session')!);
      stored.data.expiresAt = Date.now() + 3_600_000;
      localStorage.setItem('sitebranch.session', JSON.stringify(stored));
    });
    await page.goto('/pages/me/index');
    await page.getByText('我的支部').waitFor();
    await expect.poll(async () => (await readSession(page))?.token).not.toBe(first.token);
    expect((await readSession(page))!.expiresAt).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    await context.close();
  });

  it('retries a read when the network drops, so the page still loads', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, uniqueName('信号差的工友'));
    let attempts = 0;
    await page.route('**/api/me', async (route) => {
      attempts++;
      if (attempts <= 2) await route.abort('internetdisconnected');
      else await route.continue();
    });
    await page.goto('/pages/me/index');
    await page.getByText('我的支部').waitFor();
    expect(attempts).toBe(3);
    await context.close();
  });

  it('shows a clear error with a retry when the network stays down', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, uniqueName('没信号的工友'));
    await page.route('**/api/me', (route) => route.abort('internetdisconnected'));
    await page.goto('/pages/me/index');
    await page.getByText('网络不给力，请检查网络后重试').first().waitFor();
    await page.unroute('**/api/me');
    await page.getByRole('button', { name: '重新加载' }).click();
    await page.getByText('我的支部').waitFor();
    await context.close();
  });

  it('downloads go through it too: the session is renewed first, and a 401 sends the person to log in', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '张建国', '/pages/home/index');
    await page.getByRole('button', { name: '导出本月台账' }).waitFor();
    await page.evaluate(() => {
      const stored = JSON.parse(localStorage.getItem('sitebranch.session')!);
      stored.data.expiresAt = Date.now() + 3_600_000;
      localStorage.setItem('sitebranch.session', JSON.stringify(stored));
    });
    const asked: string[] = [];
    page.on('request', (r) => r.url().includes('/api/') && asked.push(new URL(r.url()).pathname));
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出本月台账' }).click()]);
    expect(download.suggestedFilename()).toMatch(/台账/);
    const ledger = asked.findIndex((p) => p.endsWith('/ledger.xlsx'));
    expect(asked.indexOf('/api/auth/refresh')).toBeGreaterThanOrEqual(0);
    expect(asked.indexOf('/api/auth/refresh')).toBeLessThan(ledger);

    // The session ended elsewhere (退出 from 登录设备): the next download lands on the login page.
    const { token } = (await readSession(page))!;
    expect((await fetch(`${baseUrl()}/api/auth/logout`, { method: 'POST', headers: { authorization: `Bearer ${token}` } })).status).toBe(
      204,
    );
    await page.getByRole('button', { name: '导出本月台账' }).click();
    await page.waitForURL((url) => url.pathname === '/pages/login/index');
    await context.close();
  });

  it('the import template downloads through it on H5 (no bare link)', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '李红梅', '/organizer/question-banks/index');
    await page.locator('input#bank-name').fill(uniqueName('模板题库'));
    await page.getByRole('button', { name: '新建题库' }).click();
    await page.waitForURL(/\/organizer\/bank-edit\/index\?id=/);
    expect(await page.locator('a[download]').count()).toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载导入模板' }).click()]);
    expect(download.suggestedFilename()).toBe('题目导入模板.xlsx');
    await context.close();
  });
});
