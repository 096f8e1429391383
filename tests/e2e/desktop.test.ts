/**
 * The console on a computer (1366×768 and 1920×1080): normal-sized text, a centred column, the
 * side navigation instead of the tab bar, long lists as tables that sort and search, and a check-in
 * code that fills a projector. Below 1024 px the phone layout is unchanged.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();
const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

const layout = (page: Page) =>
  page.evaluate(() => {
    const visible = (selector: string) => {
      const el = document.querySelector(selector);
      return Boolean(el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0);
    };
    // Taro keeps earlier pages in the DOM: the page on screen is the one of the URL.
    const current = [...document.querySelectorAll('.taro_page')].find((el) => el.id.split('?')[0] === location.pathname)!;
    const page = current.querySelector('.sb-page');
    const box = page!.getBoundingClientRect();
    return {
      rootFont: parseFloat(getComputedStyle(document.documentElement).fontSize),
      taroRootFont: parseFloat(document.documentElement.style.fontSize),
      textFont: parseFloat(getComputedStyle(page!).fontSize),
      tabBar: visible('.taro-tabbar__tabbar'),
      sideNav: Boolean(current.querySelector('.sb-sidenav')),
      content: { left: box.left, width: box.width },
    };
  });

/** The names in a table's row headers, in order. */
const rowNames = async (page: Page, table: string) =>
  (await page.getByRole('table', { name: table }).getByRole('rowheader').allTextContents()).map((t) => t.trim());

describe('on a computer', () => {
  for (const screen of SCREENS) {
    it(`at ${screen.width}×${screen.height}: normal text, a side navigation, a centred column, no tab bar`, async () => {
      const { page, context } = await newPhone(browser(), screen);
      await loginByName(page, '张建国', '/pages/home/index');
      await page.locator('.taro_page_show').getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '支部工作' }).waitFor();
      const shape = await layout(page);
      expect(shape.rootFont).toBe(20);
      expect(shape.textFont).toBeGreaterThanOrEqual(14);
      expect(shape.textFont).toBeLessThanOrEqual(17);
      expect(shape.tabBar).toBe(false);
      expect(shape.sideNav).toBe(true);
      expect(shape.content.width).toBeLessThanOrEqual(1280);
      await expectAccessible(page, `desktop-home-${screen.width}`);
      await screenshot(page, `desktop-home-${screen.width}`);

      // The side navigation goes where the tabs and the organizer's pages are, by mouse or by keyboard.
      await page.locator('.taro_page_show').getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '成员与角色' }).focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/organizer\/members\/index/);
      await page.getByRole('table', { name: '成员' }).waitFor();
      expect(await page.locator('.taro_page[id^="/organizer/members/index"] .sb-sidenav__item[aria-current="page"]').textContent()).toBe(
        '成员与角色',
      );
      await expectAccessible(page, `desktop-members-${screen.width}`);
      await screenshot(page, `desktop-members-${screen.width}`);
      await context.close();
    });
  }

  it('the roster is a table: a header sorts it (and says so), the search box narrows it', async () => {
    const { page, context } = await newPhone(browser(), SCREENS[0]);
    await loginByName(page, '张建国', '/organizer/members/index');
    const table = page.getByRole('table', { name: '成员' });
    await table.getByRole('rowheader').first().waitFor();
    const before = await rowNames(page, '成员');
    expect(before.length).toBeGreaterThan(10);
    await table.getByRole('button', { name: /^姓名/ }).click();
    expect(await table.getByRole('columnheader', { name: /^姓名/ }).getAttribute('aria-sort')).toBe('ascending');
    expect(await rowNames(page, '成员')).toEqual([...before].sort((a, b) => a.localeCompare(b, 'zh-CN', { numeric: true })));
    await table.getByRole('button', { name: /^姓名/ }).click();
    expect(await table.getByRole('columnheader', { name: /^姓名/ }).getAttribute('aria-sort')).toBe('descending');
    await page.getByRole('searchbox', { name: '搜索成员' }).fill('马国富');
    await expect.poll(() => rowNames(page, '成员')).toEqual(['马国富']);
    await page.getByText(/找到 1 条，共 \d+ 条/).waitFor();
    // The secretary sets a member's role from the row, as on the phone.
    await table.getByRole('button', { name: '设置马国富' }).click();
    await page.getByText('修改班组').waitFor();
    await context.close();
  });

  it('the feedback inbox, an event’s attendance and a bank’s questions are tables too', async () => {
    const { page, context } = await newPhone(browser(), SCREENS[0]);
    await loginByName(page, '张建国', '/organizer/feedback-inbox/index');
    const inbox = page.getByRole('table', { name: '意见反馈' });
    await inbox.getByRole('rowheader').first().waitFor();
    await inbox.getByRole('button', { name: /^提交时间/ }).click();
    const times = await inbox
      .locator('tbody td.sb-table__num')
      .evaluateAll((cells) => cells.filter((_, i) => i % 2 === 0).map((c) => c.textContent));
    expect(times).toEqual([...times].sort());
    await expectAccessible(page, 'desktop-inbox-1366');
    await screenshot(page, 'desktop-inbox-1366');

    await page.goto('/organizer/attendance/index?id=demo-event-history-4');
    const people = page.getByRole('table', { name: '出勤名单' });
    await people.getByRole('rowheader').first().waitFor();
    await people.getByRole('button', { name: /^签到时间/ }).click();
    expect(await people.getByRole('columnheader', { name: /^签到时间/ }).getAttribute('aria-sort')).toBe('ascending');
    await expectAccessible(page, 'desktop-attendance-1366');
    await screenshot(page, 'desktop-attendance-1366');

    const secretary = await apiAs('张建国');
    const bank = await secretary.call('POST', '/api/banks', { name: uniqueName('电脑题库'), branchId: 'demo-site' });
    for (const stem of ['乙：施工现场临时用电采用几级配电？', '甲：安全帽的使用期限一般是多少年？']) {
      await secretary.call('POST', `/api/banks/${bank.body.id}/questions`, {
        type: 'single',
        stem,
        options: ['一', '二', '三', '四'],
        answer: 'C',
      });
    }
    await page.goto(`/organizer/bank-edit/index?id=${bank.body.id}`);
    const questions = page.getByRole('table', { name: '题目' });
    await questions.getByRole('rowheader').first().waitFor();
    await questions.getByRole('button', { name: /^题干/ }).click();
    expect(await rowNames(page, '题目')).toEqual(['甲：安全帽的使用期限一般是多少年？', '乙：施工现场临时用电采用几级配电？']);
    await questions.getByRole('button', { name: '编辑：甲：安全帽的使用期限一般是多少年？' }).waitFor();
    await expectAccessible(page, 'desktop-bank-1366');
    await screenshot(page, 'desktop-bank-1366');
    await context.close();
  });

  it('the region admin’s ranking shows every rate as a sortable column', async () => {
    const { page, context } = await newPhone(browser(), SCREENS[1]);
    await loginByName(page, '周明', '/organizer/region/index?region=demo-region&section=ranking');
    const ranking = page.getByRole('table', { name: '支部排名：出勤率' });
    await ranking.getByRole('rowheader', { name: /滨江花园项目临时党支部/ }).waitFor();
    for (const rate of ['出勤率', '三会一课完成率', '按时办结率', '满意率', '竞赛参与率'])
      await ranking.getByRole('columnheader', { name: new RegExp(`^${rate}`) }).waitFor();
    await ranking.getByRole('button', { name: /^成员/ }).click();
    await ranking.getByRole('button', { name: /^成员/ }).click();
    const members = await ranking.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.children[8]!.textContent)));
    expect(members).toEqual([...members].sort((a, b) => b - a));
    await expectAccessible(page, 'desktop-ranking-1920');
    await screenshot(page, 'desktop-ranking-1920');
    await context.close();
  });

  it('the check-in code fills a projector', async () => {
    const secretary = await apiAs('张建国');
    const now = Date.now();
    const created = await secretary.call('POST', '/api/branches/demo-site/events', {
      kind: 'training',
      title: uniqueName('投影班前会'),
      placeName: '项目部',
      startsAt: now + 5 * 60_000,
      endsAt: now + 65 * 60_000,
    });
    const { page, context } = await newPhone(browser(), SCREENS[1]);
    await loginByName(page, '张建国', `/organizer/event-display/index?id=${created.body.id}`);
    const qr = page.locator('#checkin-qr');
    await qr.waitFor();
    const box = (await qr.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(0.55 * 1080);
    expect(await page.locator('.taro_page[id^="/organizer/event-display/index"] .sb-sidenav').count()).toBe(0);
    await expectAccessible(page, 'desktop-display-1920');
    await screenshot(page, 'desktop-display-1920');
    await context.close();
  });
});

describe('below 1024 px', () => {
  for (const screen of [
    { width: 375, height: 667 },
    { width: 1000, height: 700 },
  ]) {
    it(`at ${screen.width} px the phone layout is unchanged: the tab bar, no side navigation, lists not tables`, async () => {
      const { page, context } = await newPhone(browser(), screen);
      await loginByName(page, '张建国', '/pages/home/index');
      await page.getByText('近期活动').waitFor();
      const shape = await layout(page);
      expect(shape.tabBar).toBe(true);
      expect(shape.sideNav).toBe(false);
      // Taro's own rem, untouched by the desktop layout.
      expect(shape.rootFont).toBe(shape.taroRootFont);
      await page.goto('/organizer/members/index');
      await page.getByText(/^共 \d+ 人/).waitFor();
      expect(await page.getByRole('table', { name: '成员' }).count()).toBe(0);
      await context.close();
    });
  }
});
