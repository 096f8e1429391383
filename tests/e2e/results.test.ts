import { DEFAULT_COMPLIANCE_TARGETS } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, useBrowser } from './browser';

const browser = useBrowser();

describe('支部工作: 三会一课 for the secretary', () => {
  it('shows this month’s checklist on 首页, the table by month and quarter, and the secretary’s targets', async () => {
    const secretary = await apiAs('张建国');
    const { page, context } = await newPhone(browser());
    try {
      await loginByName(page, '张建国', '/pages/home/index');
      const checklist = page.getByRole('link', { name: '查看三会一课完成情况' });
      await checklist.getByText(/^支委会 /).waitFor();
      await checklist.getByText(/^党小组会 /).waitFor();
      await screenshot(page, 'home-checklist-375');
      await checklist.click();
      await page.waitForURL(/\/organizer\/results\/index$/);
      const table = page.getByRole('table', { name: /三会一课完成情况：\d{4}年\d{1,2}月/ });
      await table.getByRole('rowheader', { name: /支委会/ }).waitFor();
      // A quarter: three months of 支委会 are due.
      await page.getByRole('tab', { name: '季度' }).click();
      const quarter = page.getByRole('table', { name: /三会一课完成情况：\d{4}年第.季度/ });
      const committeeRow = quarter.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /支委会/ }) });
      expect(await committeeRow.getByRole('cell').first().textContent()).toBe('3');
      // The quarter's attendance: the demo's four weekly events of the past weeks, each a row of its figures.
      const perEvent = page.getByRole('table', { name: '各次活动出勤' });
      await expect.poll(async () => perEvent.getByRole('row').count()).toBeGreaterThanOrEqual(5);
      await page.getByText(/^出勤 · 出勤率 \d+(\.\d)?%$/).waitFor();
      await page.getByLabel('多次缺勤').waitFor();
      await screenshot(page, 'results-quarter-375');
      await page.getByRole('button', { name: '上一期' }).click();
      await page.getByRole('table', { name: /第.季度/ }).waitFor();
      await expectAccessible(page, 'results');
      await screenshot(page, 'results-375');

      // The site has no 党小组: the secretary turns it off, and it leaves the table and the checklist.
      await page.getByRole('button', { name: '修改频次要求' }).click();
      await page.getByRole('switch', { name: '党小组会：开' }).click();
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByRole('button', { name: '修改频次要求' }).waitFor();
      await page.getByRole('rowheader', { name: /党小组会/ }).waitFor({ state: 'detached' });
      const saved = await secretary.call('GET', '/api/branches/demo-site/compliance');
      expect(saved.body.targets.group_meeting).toBeNull();
      await page.goto('/pages/home/index');
      await page.getByRole('link', { name: '查看三会一课完成情况' }).getByText(/^支委会 /).waitFor();
      expect(await page.getByRole('link', { name: '查看三会一课完成情况' }).getByText(/^党小组会 /).count()).toBe(0);
    } finally {
      await secretary.call('PUT', '/api/branches/demo-site/compliance-targets', DEFAULT_COMPLIANCE_TARGETS);
      await context.close();
    }
  });

  it('is not shown to a worker', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '马国富', '/pages/home/index');
    await page.getByText('近期活动').waitFor();
    expect(await page.getByRole('link', { name: '查看三会一课完成情况' }).count()).toBe(0);
    await context.close();
  });

  it('lays the page out on a computer', async () => {
    const { page, context } = await newPhone(browser(), { width: 1366, height: 768 });
    await loginByName(page, '李红梅', '/organizer/results/index');
    await page.getByRole('tab', { name: '季度' }).click();
    await page.getByRole('table', { name: '各次活动出勤' }).waitFor();
    await expectAccessible(page, 'results-1366');
    await screenshot(page, 'results-1366');
    await context.close();
  });
});
