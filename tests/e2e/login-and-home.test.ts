import { describe, expect, it } from 'vitest';
import { expectAccessible, loginByName, newPhone, screenshot, browserForThisFile } from './browser';

const browser = browserForThisFile();

describe('logging in and 首页', () => {
  it('sends a person without a session to login, then to 首页 with their branch', async () => {
    const { page, context } = await newPhone(browser());
    await page.goto('/');
    await page.waitForURL(/\/pages\/login\/index/);
    await page.getByText('开发环境登录').waitFor();
    await expectAccessible(page, 'login');
    await screenshot(page, 'login');

    await page.getByRole('button', { name: /以张建国登录/ }).click();
    await page.waitForURL(/\/pages\/home\/index/);
    await page.getByText('滨江花园项目临时党支部').first().waitFor();
    await page.getByText('项目：滨江花园二期工程').waitFor();
    await page.getByText('近期活动').waitFor();
    await expectAccessible(page, 'home');
    await screenshot(page, 'home');
    await context.close();
  });

  it('lets a person in two branches switch between them', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '刘洋');
    await page.getByText('滨江花园项目临时党支部').first().waitFor();
    await page.getByRole('button', { name: '切换支部' }).click();
    await page.getByText('幸福里社区党支部').last().click();
    await page.getByText('地址：示范市滨江区幸福里 1 号').waitFor();
    await expect(page.locator('.sb-switcher__name').textContent()).resolves.toBe('幸福里社区党支部');
    await screenshot(page, 'home-switched');

    // The choice is kept: a reload shows the same branch.
    await page.reload();
    await page.getByText('地址：示范市滨江区幸福里 1 号').waitFor();
    await context.close();
  });
});
