import { CODE_WINDOW_MS, codeWindowAt, digitsCode, qrToken } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();

describe('the organizer’s check-in screen', () => {
  it('publishes an event and shows a code that rotates, counts check-ins, and keeps rotating offline', async () => {
    const { page, context } = await newPhone(browser());
    const title = uniqueName('班前安全教育');
    await loginByName(page, '李红梅', '/pages/checkin/index');
    await page.getByRole('button', { name: '发布活动' }).click();
    await page.waitForURL(/\/organizer\/event-edit\/index/);
    await page.locator('input#event-title').fill(title);
    await page.locator('input#event-place').fill('项目部一楼会议室');
    await expectAccessible(page, 'event-edit');
    await screenshot(page, 'event-edit');
    await page.getByRole('button', { name: '发布并显示签到码' }).click();

    await page.waitForURL(/\/organizer\/event-display\/index\?id=/);
    const eventId = new URL(page.url()).searchParams.get('id')!;
    await page.locator('.display__count').getByText('已签到 0 人').waitFor();
    const secretary = await apiAs('张建国');
    const { key } = (await secretary.call('GET', `/api/events/${eventId}/code`)).body as { key: string };
    // The 6 digits on screen are the ones the worker derives for this moment.
    await expect
      .poll(async () => {
        const shown = (await page.locator('.display__digits').textContent())!;
        const window = codeWindowAt(Date.now());
        return [digitsCode(key, eventId, window), digitsCode(key, eventId, window - 1)].includes(shown);
      })
      .toBe(true);
    await expectAccessible(page, 'event-display');
    await screenshot(page, 'event-display');

    // A worker scans: the count on screen follows.
    const worker = await apiAs(uniqueName('到场工人'));
    await worker.call('POST', '/api/invites/JZGD8888/join');
    const signed = await worker.call('POST', `/api/events/${eventId}/checkins`, { token: qrToken(key, eventId, codeWindowAt(Date.now())) });
    expect(signed.status).toBe(200);
    await page.locator('.display__count').getByText('已签到 1 人').waitFor({ timeout: 10_000 });

    // No network: the code still changes every 10 s.
    const qr = page.locator('#checkin-qr img');
    const before = await qr.getAttribute('src');
    await context.setOffline(true);
    await expect.poll(() => qr.getAttribute('src'), { timeout: CODE_WINDOW_MS + 5_000 }).not.toBe(before);
    await page.getByText('网络断开：二维码照常更新，签到人数稍后刷新').waitFor({ timeout: 10_000 });
    await context.close();
  });
});

describe('attendance', () => {
  it('shows who came, and signs in a whole work team from the roster', async () => {
    const secretary = await apiAs('张建国');
    const now = Date.now();
    const created = await secretary.call('POST', '/api/branches/demo-site/events', {
      kind: 'training',
      title: uniqueName('钢筋班班前会'),
      placeName: '钢筋加工棚',
      startsAt: now + 5 * 60_000,
      endsAt: now + 65 * 60_000,
    });
    const eventId = created.body.id as string;
    const { page, context } = await newPhone(browser());
    await loginByName(page, '李红梅', `/organizer/attendance/index?id=${eventId}`);
    await page.getByText('还没有人签到').waitFor();
    await page.getByRole('tab', { name: /未到/ }).click();
    // The names come first; 取消 checks nobody in.
    await page.getByRole('button', { name: '钢筋班全部代签到' }).click();
    const modal = page.locator('.taro__modal');
    await modal.getByText(/马国富/).waitFor();
    await screenshot(page, 'attendance-team-confirm');
    await modal.getByText('取消', { exact: true }).click();
    expect((await secretary.call('GET', `/api/events/${eventId}/attendance`)).body.present).toBe(0);
    await page.getByRole('button', { name: '钢筋班全部代签到' }).click();
    await modal.getByText('全部签到', { exact: true }).click();
    await page.getByRole('tab', { name: /已到 [1-9]/ }).click();
    await page.locator('.sb-list-item', { hasText: '马国富' }).getByText(/代签/).waitFor();
    await expectAccessible(page, 'attendance');
    await screenshot(page, 'attendance');

    const attendance = await secretary.call('GET', `/api/events/${eventId}/attendance`);
    const team = attendance.body.people.filter((p: { workTeam: string | null }) => p.workTeam === '钢筋班');
    expect(team.length).toBeGreaterThan(0);
    expect(team.every((p: { status: string; method: string }) => p.status === 'present' && p.method === 'roster')).toBe(true);

    // One of them was not there after all: undone, with the reason kept.
    const row = page.locator('.sb-list-item', { hasText: '马国富' });
    await row.getByRole('button', { name: '撤销' }).click();
    await page.locator('input[id^="undo-"]').fill('本人今天请假回家');
    await row.getByRole('button', { name: '确定撤销' }).click();
    await expect
      .poll(
        async () =>
          (await secretary.call('GET', `/api/events/${eventId}/attendance`)).body.people.find((p: { name: string }) => p.name === '马国富')
            .status,
      )
      .toBe('absent');
    await context.close();
  });
});
