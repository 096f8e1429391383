import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();

describe('organizer pages (subpackage)', () => {
  it('lets the secretary make a worker a Party member from the roster', async () => {
    const workerName = uniqueName('待转正');
    const worker = await apiAs(workerName);
    expect((await worker.call('POST', '/api/invites/JZGD8888/join')).status).toBe(200);

    const { page, context } = await newPhone(browser());
    await loginByName(page, '张建国', '/pages/me/index');
    await page.getByRole('button', { name: '成员与角色' }).click();
    await page.waitForURL(/\/organizer\/members\/index/);
    await page.getByText(/共 \d+ 人/).waitFor();
    await expectAccessible(page, 'members');
    await screenshot(page, 'members');

    await page.locator('input#members-search').fill(workerName);
    await page.getByText('共 1 人', { exact: false }).waitFor();
    await page.getByRole('button', { name: new RegExp(workerName) }).click();
    await page.getByText('设为党员').click();
    await page.locator('.sb-list-item', { hasText: workerName }).getByText('党员').waitFor();

    const me = await worker.call('GET', '/api/me');
    expect(me.body.memberships).toEqual([expect.objectContaining({ branchId: 'demo-site', role: 'member' })]);
    await context.close();
  });

  it('lets the secretary make an invite code', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '张建国', '/organizer/invites/index');
    const codes = page.locator('.invite__code');
    await page.getByText('JZGD8888').waitFor();
    const before = await codes.count();
    await page.getByRole('button', { name: '生成群众邀请码' }).click();
    await expect.poll(() => codes.count()).toBe(before + 1);
    const text = (await codes.first().textContent())!;
    expect(text).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    await page.locator('.invite').first().getByRole('button', { name: '二维码', exact: true }).click();
    const qr = page.getByRole('img', { name: `加入支部的二维码，邀请码 ${text}` });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await expectAccessible(page, 'invites');
    await screenshot(page, 'invites');
    const preview = await (await apiAs(uniqueName('看码的人'))).call('GET', `/api/invites/${text}`);
    expect(preview.body).toMatchObject({ branchId: 'demo-site', usable: true });

    // The QR code carries a link to the join page: opened by someone logged in, it shows that branch.
    const joiner = await newPhone(browser());
    await loginByName(joiner.page, uniqueName('扫码的人'), `/pages/join/index?code=${text}`);
    await joiner.page.getByText('加入后身份：群众').waitFor();
    await joiner.context.close();
    await context.close();
  });

  it('does not show organizer entries to a worker', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '马国富', '/pages/me/index');
    await page.getByText('我的支部').waitFor();
    await expect(page.getByRole('button', { name: '成员与角色' }).count()).resolves.toBe(0);
    await page.goto('/organizer/members/index');
    await page.getByText('只有支委和书记可以查看花名册').waitFor();
    await context.close();
  });
});
