import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();
const DESKTOP = { width: 1366, height: 768 };

/**
 * The review's case: a 廉政监督 report about 项目部 must not land with the secretary, who sits in
 * 项目部. The demo region's discipline contact is 钱卫东.
 */
describe('an integrity report sent past the branch', () => {
  it('reaches the region’s discipline contact, and the branch secretary never sees it', async () => {
    const name = uniqueName('廉政工友');
    await (await apiAs(name)).call('POST', '/api/invites/JZGD8888/join');
    const text = `${uniqueName('项目部材料员')}验收钢筋时收了分包单位的购物卡`;

    const worker = await newPhone(browser());
    await loginByName(worker.page, name, '/pages/feedback/index');
    await worker.page.getByRole('radio', { name: '廉政监督' }).click();
    // Anonymous by default, and so past the branch by default.
    const toRegion = worker.page.getByRole('radio', { name: '区域纪检联系人（不经过本支部）' });
    expect(await toRegion.getAttribute('aria-checked')).toBe('true');
    await worker.page.getByText('本支部的书记、纪检委员和支委都看不到这条反馈', { exact: false }).waitFor();
    await worker.page.locator('#feedback-text textarea').fill(text);
    await expectAccessible(worker.page, 'integrity-route');
    await screenshot(worker.page, 'integrity-route-375');
    await worker.page.getByRole('button', { name: '提交反馈' }).click();
    const receipt = (await worker.page.locator('#feedback-receipt-code').textContent())!.replace(/\s/g, '');
    expect(receipt).toMatch(/^[2-9A-HJ-NP-Z]{12}$/);

    // 张建国, the secretary: the inbox loads, and the report is not in it.
    const secretary = await newPhone(browser());
    await loginByName(secretary.page, '张建国', '/organizer/feedback-inbox/index');
    await secretary.page.getByText(/^共 \d+ 条/).waitFor();
    expect(await secretary.page.locator('.fb-row', { hasText: text.slice(0, 10) }).count()).toBe(0);

    // 钱卫东, on a computer: 我的 → 区域廉政监督, the report with its branch in the table; 受理.
    const contact = await newPhone(browser(), DESKTOP);
    await loginByName(contact.page, '钱卫东', '/pages/me/index');
    await contact.page.getByText('区域廉政监督').click();
    await contact.page.waitForURL(/\/organizer\/integrity-reports\/index\?region=demo-region$/);
    const row = contact.page
      .getByRole('table', { name: '意见反馈' })
      .getByRole('row')
      .filter({ hasText: text.slice(0, 10) });
    await row.getByRole('cell', { name: '滨江花园项目临时党支部' }).waitFor();
    await expectAccessible(contact.page, 'integrity-reports');
    await screenshot(contact.page, 'integrity-reports-1366');
    await row.getByRole('button', { name: '查看' }).click();
    await contact.page.getByText('已报送区域纪检联系人（本支部看不到）', { exact: false }).waitFor();
    await contact.page.getByRole('button', { name: '受理', exact: true }).click();
    await contact.page.locator('.fb-facts .fb-status', { hasText: '已受理' }).waitFor();

    // The worker follows it by receipt: accepted, by the region.
    await worker.page.goto('/pages/feedback-receipt/index');
    await worker.page.locator('input#receipt-code').fill(receipt);
    await worker.page.getByRole('button', { name: '查询进展' }).click();
    await worker.page.locator('.fb-facts .fb-status', { hasText: '已受理' }).waitFor();
    await worker.page.getByText('已报送区域纪检联系人', { exact: false }).waitFor();
    for (const phone of [worker, secretary, contact]) await phone.context.close();
  });

  it('lets the region admin appoint and remove discipline contacts from the people of the region', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '周明', '/pages/me/index');
    await page.getByText('纪检联系人', { exact: true }).click();
    await page.waitForURL(/\/organizer\/discipline-contacts\/index$/);
    await page.locator('.discipline-contacts__list').getByText('钱卫东', { exact: false }).waitFor();
    await page.locator('input#discipline-search').fill('陈静');
    const candidate = page.locator('.sb-list-item', { hasText: '陈静' });
    await candidate.getByRole('button', { name: '指定' }).click();
    await page.locator('.discipline-contacts__list').getByText('陈静', { exact: false }).waitFor();
    await candidate.getByText('已是纪检联系人').waitFor();
    await expectAccessible(page, 'discipline-contacts');
    await screenshot(page, 'discipline-contacts-375');
    // Removing asks first; then she is gone from the list.
    await page.locator('.discipline-contacts__list .sb-list-item', { hasText: '陈静' }).getByRole('button', { name: '取消' }).click();
    await page.locator('.taro__modal').getByText('确定', { exact: true }).click();
    await page.locator('.discipline-contacts__list').getByText('陈静', { exact: false }).waitFor({ state: 'detached' });
    await context.close();
  });
});
