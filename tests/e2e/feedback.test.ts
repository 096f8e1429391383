import { addWorkingDays, type WorkCalendar } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();

/** A real 1×1 PNG: the phone compresses it to JPEG on a canvas before uploading. */
const PHOTO = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** The holidays the worker knows for this year and the next, as deadlines count them. */
async function workCalendarNear(person: Awaited<ReturnType<typeof apiAs>>, at: number): Promise<WorkCalendar> {
  const year = new Date(at).getUTCFullYear();
  const years = await Promise.all([year, year + 1].map(async (y) => (await person.call('GET', `/api/calendar/${y}`)).body));
  const dates = (kind: 'holidays' | 'workdays') => new Set(years.flatMap((y) => y[kind].map((d: { date: string }) => d.date)));
  return { holidays: dates('holidays'), workdays: dates('workdays') };
}

describe('feedback', () => {
  it('is submitted anonymously with a photo, followed by its receipt, resolved by an organizer and rated', async () => {
    const name = uniqueName('反馈工友');
    await (await apiAs(name)).call('POST', '/api/invites/JZGD8888/join');
    const text = `${uniqueName('塔吊下方')}没有设置警戒区，工人从吊物下方通行`;

    const worker = await newPhone(browser());
    // Everything the phone sends and every address it visits, to look for the receipt afterwards.
    const requests: { url: string; headers: Record<string, string> }[] = [];
    const visited: string[] = [];
    worker.page.on('request', (request) => requests.push({ url: request.url(), headers: request.headers() }));
    worker.page.on('framenavigated', (frame) => visited.push(frame.url()));
    await loginByName(worker.page, name, '/pages/feedback/index');
    await worker.page.getByRole('radio', { name: '安全隐患' }).click();
    await worker.page.locator('#feedback-text textarea').fill(text);
    await worker.page.locator('input#feedback-place').fill('2 号塔吊');
    await worker.page.locator('#feedback-photo-input').setInputFiles({ name: '隐患.png', mimeType: 'image/png', buffer: PHOTO });
    await worker.page.getByRole('button', { name: '删除第 1 张照片' }).waitFor();
    await worker.page.getByRole('switch', { name: '匿名提交' }).click();
    await expectAccessible(worker.page, 'feedback-form');
    await screenshot(worker.page, 'feedback-form');
    await worker.page.getByRole('button', { name: '提交反馈' }).click();

    await worker.page.getByText('照片已全部上传').waitFor();
    const receipt = (await worker.page.locator('#feedback-receipt-code').textContent())!.replace(/\s/g, '');
    expect(receipt).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);
    await expectAccessible(worker.page, 'feedback-receipt');
    await screenshot(worker.page, 'feedback-receipt');

    // The organizer: in the inbox, then 受理 → 开始处理 → 办结.
    const organizer = await newPhone(browser());
    await loginByName(organizer.page, '王志强', '/organizer/feedback-inbox/index');
    await organizer.page.locator('.fb-row', { hasText: text.slice(0, 10) }).click();
    await organizer.page.waitForURL(/\/pages\/feedback-detail\/index\?id=/);
    await organizer.page.getByText('2 号塔吊').waitFor();
    await organizer.page.getByRole('button', { name: '受理', exact: true }).click();
    await organizer.page.locator('.fb-facts .fb-status', { hasText: '已受理' }).waitFor();
    await organizer.page.getByRole('button', { name: '开始处理' }).click();
    await organizer.page.locator('.fb-facts .fb-status', { hasText: '处理中' }).waitFor();
    await organizer.page.locator('#feedback-handle-note textarea').fill('已设置警戒区并安排专人指挥');
    // A hazard is closed with proof: asked to confirm, then refused until the 整改后 photo is up.
    const confirmResolve = async () => {
      await organizer.page.getByRole('button', { name: '办结' }).click();
      await organizer.page.locator('.taro__modal').getByText('确认隐患已整改完毕', { exact: false }).waitFor();
      await organizer.page.locator('.taro__modal').getByText('办结', { exact: true }).last().click();
    };
    await confirmResolve();
    await organizer.page.getByText('安全隐患办结前，请先上传整改后的照片').waitFor();
    await organizer.page.locator('#feedback-after-photo-input').setInputFiles({ name: '整改后.png', mimeType: 'image/png', buffer: PHOTO });
    await organizer.page.getByRole('button', { name: '上传 1 张照片' }).click();
    await organizer.page.getByText('整改后（1 张）').waitFor();
    await confirmResolve();
    await organizer.page.locator('.fb-facts .fb-status', { hasText: '已解决' }).waitFor();
    await expectAccessible(organizer.page, 'feedback-organizer');
    await screenshot(organizer.page, 'feedback-organizer');

    // The worker follows it by receipt, sees the photo and the steps, and rates it 不满意: reopened.
    await worker.page.goto('/pages/feedback-receipt/index');
    await worker.page.locator('input#receipt-code').fill(receipt.toLowerCase());
    await worker.page.getByRole('button', { name: '查询进展' }).click();
    await worker.page.waitForURL(/\/pages\/feedback-detail\/index\?via=receipt$/);
    await worker.page.locator('.fb-facts .fb-status', { hasText: '已解决' }).waitFor();
    await worker.page.getByText('已设置警戒区并安排专人指挥').waitFor();
    // The worker sees their own photo and the handler's 整改后 photo.
    await worker.page.getByText('整改后（1 张）').waitFor();
    await expect.poll(() => worker.page.locator('img[src^="blob:"]').count(), { timeout: 10_000 }).toBe(2);
    await worker.page.getByRole('radio', { name: '不满意', exact: true }).click();
    await worker.page.locator('#feedback-rating-comment textarea').fill('警戒区晚上没有灯，看不清');
    await worker.page.getByRole('button', { name: '提交评价' }).click();
    await worker.page.locator('.fb-facts .fb-status', { hasText: '处理中' }).waitFor();
    await worker.page.getByText('评价为不满意，重新跟进').waitFor();
    await expectAccessible(worker.page, 'feedback-detail');
    await screenshot(worker.page, 'feedback-detail');

    // The receipt was in no address, no request line and no storage; the calls that carried it
    // carried no session, although the worker was logged in on this phone all along.
    const withReceipt = requests.filter((r) => r.headers['x-feedback-receipt'] !== undefined);
    expect(withReceipt.length).toBeGreaterThanOrEqual(4); // the photo upload, the two photos, the rating
    for (const r of withReceipt) expect(r.headers.authorization, r.url).toBeUndefined();
    const lookup = requests.filter((r) => r.url.endsWith('/api/feedback/receipt'));
    expect(lookup.length).toBeGreaterThan(0);
    for (const r of lookup) expect(r.headers.authorization).toBeUndefined();
    for (const url of [...requests.map((r) => r.url), ...visited]) expect(url.toUpperCase()).not.toContain(receipt);
    const stored = await worker.page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored.toUpperCase()).not.toContain(receipt);
    // Reloaded, the page has forgotten it, and asks for it again.
    await worker.page.reload();
    await worker.page.getByText('请重新输入回执码').waitFor();

    // Nothing on the server ties the report to the worker.
    const secretary = await apiAs('张建国');
    const inbox = await secretary.call('GET', '/api/branches/demo-site/feedback');
    expect(inbox.body.feedback.find((f: { text: string }) => f.text === text)).toMatchObject({
      anonymous: true,
      submitterName: null,
      status: 'in_progress',
    });
    await worker.context.close();
    await organizer.context.close();
  });

  it('keeps a named report in 我的反馈 with its timeline', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '杨树林', '/pages/my-feedback/index');
    await page.locator('.fb-row', { hasText: '热水器' }).click();
    await page.waitForURL(/\/pages\/feedback-detail\/index\?id=/);
    await page.getByText('维修师傅明天上午到，请留人开门').waitFor();
    await expectAccessible(page, 'my-feedback-detail');
    await context.close();
  });

  it('lets the secretary change the branch’s deadlines, refusing zero days, and shows them to the committee', async () => {
    const secretary = await newPhone(browser());
    await loginByName(secretary.page, '张建国', '/organizer/feedback-inbox/index');
    const settings = secretary.page.getByLabel('办理时限', { exact: true });
    await settings.getByText('受理 2 个工作日 · 办结 15 个工作日 · 不满意后跟进 5 个工作日').waitFor();
    await settings.getByRole('button', { name: '修改时限' }).click();
    await secretary.page.locator('input#deadline-acceptDays').fill('0');
    await settings.getByRole('button', { name: '保存时限' }).click();
    await settings.getByRole('alert').getByText('受理时限至少 1 个工作日').waitFor();
    await secretary.page.locator('input#deadline-acceptDays').fill('3');
    await settings.getByRole('button', { name: '保存时限' }).click();
    await settings.getByText('受理 3 个工作日 · 办结 15 个工作日 · 不满意后跟进 5 个工作日').waitFor();
    await expectAccessible(secretary.page, 'feedback-deadlines');
    await screenshot(secretary.page, 'feedback-deadlines');

    // New feedback gets the new deadline; the committee sees it but may not change it.
    const worker = await apiAs(uniqueName('时限工友'));
    await worker.call('POST', '/api/invites/JZGD8888/join');
    const sentAt = Date.now();
    const sent = await worker.call('POST', '/api/branches/demo-site/feedback', {
      category: 'suggestion',
      text: '食堂窗口太少，排队太久',
      anonymous: false,
    });
    expect(sent.body.acceptDueAt).toBe(addWorkingDays(sentAt, 3, await workCalendarNear(worker, sentAt)));
    const committee = await newPhone(browser());
    await loginByName(committee.page, '王志强', '/organizer/feedback-inbox/index');
    await committee.page.getByLabel('办理时限', { exact: true }).getByText('受理 3 个工作日', { exact: false }).waitFor();
    expect(await committee.page.getByRole('button', { name: '修改时限' }).count()).toBe(0);

    // Back to the defaults, for the other tests of the demo branch.
    const restored = await (await apiAs('张建国')).call('PUT', '/api/branches/demo-site/feedback-settings', {
      acceptDays: 2,
      resolveDays: 15,
      followUpDays: 5,
    });
    expect(restored.status).toBe(200);
    await secretary.context.close();
    await committee.context.close();
  });
});
