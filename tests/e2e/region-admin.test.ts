import { describe, it } from 'vitest';
import { expectAccessible, loginByName, newPhone, screenshot, browserForThisFile } from './browser';

const browser = browserForThisFile();

/** 周明 administers the demo region and belongs to no branch: every tab shows him what he oversees. */
describe('the region admin’s tabs', () => {
  it('show the region contest with its leaderboard and analysis, the branches’ events with attendance, and where feedback is handled', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '周明', '/pages/contest/index');
    const card = page.locator('.contest-card', { hasText: '学党章、保安全' });
    await card.getByRole('button', { name: '排行榜' }).waitFor();
    await card.getByRole('button', { name: '答题分析' }).waitFor();
    await page.getByText('加入支部后才能参加竞赛').waitFor({ state: 'detached' });
    if ((await card.getByRole('button', { name: '开始答题' }).count()) !== 0)
      throw new Error('a region admin outside the branches cannot take the contest');
    await screenshot(page, 'region-admin-contest');

    await page.goto('/pages/checkin/index');
    await page.getByRole('button', { name: /选择支部：/ }).waitFor();
    await page.getByText('今日班前会', { exact: false }).first().waitFor();
    await page.getByRole('button', { name: '出勤情况' }).first().waitFor();
    // He is not a member: no 未签到 of his own, no 请假, no digits to type.
    if ((await page.getByText('未签到').count()) + (await page.getByText('详情 · 请假').count()) !== 0)
      throw new Error('a region admin has no standing at a branch’s events');
    await expectAccessible(page, 'region-admin-checkin');
    await screenshot(page, 'region-admin-checkin');

    await page.goto('/pages/feedback/index');
    await page.getByText('反馈由各支部的支委和书记办理').waitFor();
    await context.close();
  });
});
