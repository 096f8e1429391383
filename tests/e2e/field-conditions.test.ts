import { describe, expect, it } from 'vitest';
import { expectAccessible, launchPhoneWithFontSize, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();

const MAIN_PAGES = [
  { path: '/pages/home/index', name: 'home', text: '近期活动' },
  { path: '/pages/checkin/index', name: 'checkin', text: '活动签到' },
  { path: '/pages/contest/index', name: 'contest', text: '每日一练' },
  { path: '/pages/practice/index', name: 'practice', text: '已连续练习' },
  { path: '/pages/my-attendance/index', name: 'my-attendance', text: '出勤率' },
  { path: '/pages/my-code/index', name: 'my-code', text: '每分钟自动更新' },
  { path: '/pages/feedback/index', name: 'feedback', text: '提交反馈' },
  { path: '/pages/me/index', name: 'me', text: '我的支部' },
  { path: '/pages/profile/index', name: 'profile', text: '单位类型（选填）' },
  { path: '/pages/my-feedback/index', name: 'my-feedback', text: '还没有实名提交的反馈' },
  { path: '/pages/feedback-receipt/index', name: 'feedback-receipt', text: '查询进展' },
  { path: '/pages/event/index?id=demo-event-lecture', name: 'event', text: '分钟后算迟到' },
  { path: '/pages/leaderboard/index?id=demo-contest-region', name: 'leaderboard-demo', text: '个人' },
  { path: '/organizer/members/index', name: 'members', text: '共' },
  { path: '/organizer/feedback-inbox/index', name: 'feedback-inbox', text: '只看超期' },
  { path: '/organizer/question-banks/index', name: 'banks', text: '党建知识题库（示范）' },
  { path: '/organizer/attendance/index?id=demo-event-history-2', name: 'attendance-history', text: '出勤率' },
];

describe('field conditions', () => {
  it('passes the accessibility check on every main page', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '张建国');
    for (const { path, name, text } of MAIN_PAGES) {
      await page.goto(path);
      await page.getByText(text).first().waitFor();
      await expectAccessible(page, name);
      await screenshot(page, `page-${name}`);
    }
    await context.close();
  });

  it('turns on 关怀模式 by itself when the phone uses a large system font', async () => {
    const large = await launchPhoneWithFontSize(24);
    const page = await large.newPage();
    await loginByName(page, uniqueName('大字体用户'), '/pages/me/index');
    await page.getByRole('switch', { name: '关怀模式（大字体）' }).waitFor();
    await expect(page.getByRole('switch').getAttribute('aria-checked')).resolves.toBe('true');
    await large.close();

    const { page: normalPage, context } = await newPhone(browser());
    await loginByName(normalPage, uniqueName('普通字体用户'), '/pages/me/index');
    await expect(normalPage.getByRole('switch', { name: '关怀模式（大字体）' }).getAttribute('aria-checked')).resolves.toBe('false');
    await context.close();
  });

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const { page, context } = await newPhone(browser(), { width: 320, height: 568 });
    await loginByName(page, '刘洋');
    for (const { path, text } of MAIN_PAGES.filter((p) => !p.path.startsWith('/organizer'))) {
      await page.goto(path);
      await page.getByText(text).first().waitFor();
      const overflow = await page.evaluate(() =>
        [...document.querySelectorAll('.sb-page *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
          .map((el) => el.className),
      );
      expect(overflow, path).toEqual([]);
    }
    await screenshot(page, 'me-320');
    await context.close();
  });

  it('in 关怀模式 at 320 px, cuts no button or chip label inside a word, and grows the small buttons and tab labels too', async () => {
    const { page, context } = await newPhone(browser(), { width: 320, height: 568 });
    await loginByName(page, '张建国', '/pages/me/index');
    await page.evaluate(() => localStorage.setItem('sitebranch.careMode', JSON.stringify({ data: true })));
    const labelLines = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('.sb-page .nut-button, .sb-page .fb-chip, .sb-page .sb-tab')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => {
            const text = (el.textContent ?? '').trim();
            // One line per distinct top among the label's own characters (icons beside them aside).
            const tops = new Set<number>();
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let i = 0; i < (node.textContent ?? '').length; i++) {
                const range = document.createRange();
                range.setStart(node, i);
                range.setEnd(node, i + 1);
                const box = range.getBoundingClientRect();
                if (box.height > 0 && (node.textContent ?? '')[i]!.trim()) tops.add(Math.round(box.top / 4));
              }
            }
            return { text, lines: tops.size };
          })
          .filter((label) => label.text && !/\s/.test(label.text)),
      );
    for (const path of ['/pages/feedback/index', '/organizer/feedback-inbox/index', '/pages/me/index']) {
      await page.goto(path);
      await page.locator('.sb-care').first().waitFor();
      await page.waitForTimeout(500);
      const cut = (await labelLines()).filter((label) => label.text.length <= 8 && label.lines > 1);
      expect(cut, path).toEqual([]);
    }
    // 编辑资料 (a small button) and the tab labels are larger than without 关怀模式.
    const sizes = () =>
      page.evaluate(() => ({
        small: parseFloat(getComputedStyle(document.querySelector('.me-profile .nut-button')!).fontSize),
        tab: parseFloat(getComputedStyle(document.querySelector('.weui-tabbar__label')!).fontSize),
      }));
    const care = await sizes();
    await screenshot(page, 'me-care-320');
    await page.evaluate(() => localStorage.setItem('sitebranch.careMode', JSON.stringify({ data: false })));
    await page.reload();
    await page.locator('.me-profile').waitFor();
    const plain = await sizes();
    expect(care.small).toBeGreaterThan(plain.small);
    expect(care.tab).toBeGreaterThan(plain.tab);
    await context.close();
  });

  it('sends an expired session to login and back to the page the person wanted', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '李红梅');
    // Tamper with the stored session, as if it had expired on the server.
    await page.evaluate(() => {
      const key = 'sitebranch.session';
      const stored = JSON.parse(localStorage.getItem(key)!);
      stored.data.token = `${stored.data.token.slice(0, -4)}AAAA`;
      localStorage.setItem(key, JSON.stringify(stored));
    });
    await page.goto('/pages/profile/index');
    await page.waitForURL(/\/pages\/login\/index\?returnTo=%2Fpages%2Fprofile%2Findex/);
    await page.getByRole('button', { name: /以李红梅登录/ }).click();
    await page.waitForURL(/\/pages\/profile\/index/);
    await page.getByText('单位类型（选填）').waitFor();
    await context.close();
  });
});
