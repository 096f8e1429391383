/**
 * 消息 on H5 (the in-app path; WeChat's subscribe messages exist only on weapp): a worker taps
 * 提醒我 on the event, the secretary moves it, and the worker sees the badge on 我的, the notice
 * in 消息, opens it to the event, and the badge goes.
 */
import { describe, expect, it } from 'vitest';
import { apiAs, browserForThisFile, expectAccessible, loginByName, newPhone, screenshot, uniqueName } from './browser';

const browser = browserForThisFile();
const HOUR = 3_600_000;

describe('消息', () => {
  it('tells a worker who tapped 提醒我 that the event moved, with a badge on 我的 until it is read', async () => {
    const secretary = await apiAs('张建国');
    const title = uniqueName('班前会');
    const startsAt = Date.now() + 26 * HOUR;
    const created = await secretary.call('POST', '/api/branches/demo-site/events', {
      kind: 'training',
      title,
      placeName: '3号楼下',
      startsAt,
      endsAt: startsAt + HOUR,
    });
    expect(created.status).toBe(201);
    const name = uniqueName('提醒工人');
    const worker = await apiAs(name);
    expect((await worker.call('POST', '/api/invites/JZGD8888/join')).status).toBe(200);

    const { page, context } = await newPhone(browser());
    // The event page (首页 lists only the five soonest, and other tests fill the demo site with events).
    await loginByName(page, name, `/pages/event/index?id=${created.body.id}`);
    await page.getByRole('button', { name: '提醒我（提前 30 分钟）' }).click();
    await page.getByRole('button', { name: '已设提醒（提前 30 分钟）· 取消' }).waitFor();
    await screenshot(page, 'notices-1-watching');

    const moved = startsAt + 24 * HOUR;
    expect((await secretary.call('PATCH', `/api/events/${created.body.id}`, { startsAt: moved, endsAt: moved + HOUR })).status).toBe(200);

    await page.goto('/pages/home/index');
    await page.locator('.weui-tabbar__item', { hasText: '我的' }).click();
    await page.locator('.taro-tabbar-badge', { hasText: '1' }).waitFor();
    const entry = page.getByRole('button', { name: /^消息/ });
    await entry.getByText('1 条未读').waitFor();
    await screenshot(page, 'notices-2-badge-on-me');
    await entry.click();

    const notice = page.getByRole('listitem').filter({ hasText: `活动时间变更：${title}` });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toContain('3号楼下');
    await expectAccessible(page, '消息');
    await screenshot(page, 'notices-3-list');
    await notice.getByRole('button').click();
    await page.waitForURL(new RegExp(`/pages/event/index\\?id=${created.body.id}`));
    await page.getByRole('button', { name: /已设提醒/ }).waitFor();

    await page.goto('/pages/me/index');
    await page.getByRole('button', { name: /^消息/ }).waitFor();
    await expect(page.locator('.taro-tabbar-badge').count()).resolves.toBe(0);
    await expect(page.getByText('条未读').count()).resolves.toBe(0);
    await context.close();
  });

  it('shows an empty list with what will come there, at a computer’s width too', async () => {
    const name = uniqueName('新工人');
    const worker = await apiAs(name);
    expect((await worker.call('POST', '/api/invites/JZGD8888/join')).status).toBe(200);
    const { page, context } = await newPhone(browser(), { width: 1366, height: 768 });
    await loginByName(page, name, '/pages/notices/index');
    await page.getByText('暂无消息').waitFor();
    await page.getByText('在活动页点“提醒我”').waitFor();
    await expectAccessible(page, '消息（空）');
    await screenshot(page, 'notices-4-empty-desktop');
    await context.close();
  });
});
