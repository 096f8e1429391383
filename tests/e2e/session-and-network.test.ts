import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loginByName, newPhone, uniqueName, useBrowser } from './browser';

const browser = useBrowser();

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
});
