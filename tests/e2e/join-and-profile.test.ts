import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();

async function expectTapTargetsAtLeast44(page: Page) {
  const sizes = await page
    .locator('.nut-button, .sb-list-item, [role="switch"], [role="button"]')
    .evaluateAll((els) =>
      els.filter((el) => el.getClientRects().length > 0).map((el) => ({ text: el.textContent, height: el.getBoundingClientRect().height })),
    );
  expect(sizes.length).toBeGreaterThan(3);
  for (const { text, height } of sizes) expect(height, `tap target "${text}"`).toBeGreaterThanOrEqual(44);
}

describe('joining a branch', () => {
  it('takes a new person from "no branch" to the branch with an invite code', async () => {
    const { page, context } = await newPhone(browser());
    const name = uniqueName('新工友');
    await loginByName(page, name);
    await page.getByText('您还没有加入支部').waitFor();
    await screenshot(page, 'home-no-branch');

    await page.getByRole('button', { name: '输入邀请码加入支部' }).click();
    await page.waitForURL(/\/pages\/join\/index/);
    await page.locator('input#join-code').fill('jzgd8888');
    await page.getByText('加入后身份：群众').waitFor();
    await expectAccessible(page, 'join');
    await screenshot(page, 'join');
    await page.getByRole('heading', { name: '加入支部' }).waitFor();
    await page.getByRole('button', { name: '加入滨江花园项目临时党支部' }).click();

    // Welcomed, and asked for the 班组 and phone; saved, on to the branch's 首页.
    await page.waitForURL(/\/pages\/profile\/index\?welcome=1/);
    await page.getByRole('heading', { name: '欢迎加入滨江花园项目临时党支部' }).waitFor();
    await expectAccessible(page, 'welcome');
    await screenshot(page, 'welcome');
    await page.locator('input#profile-team').fill('木工班');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/pages\/home\/index/);
    await page.getByText('地址：示范市滨江区江滨路 88 号').waitFor();
    const me = await (await apiAs(name)).call('GET', '/api/me');
    expect(me.body.memberships).toEqual([expect.objectContaining({ branchId: 'demo-site', role: 'masses', workTeam: '木工班' })]);
    await context.close();
  });

  it('says clearly when a code does not exist', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, uniqueName('输错码的人'), '/pages/join/index');
    await page.locator('input#join-code').fill('ABCDEFGH');
    await page.getByText('邀请码不存在，请核对后重新输入').waitFor();
    await context.close();
  });
});

describe('我的 and the profile', () => {
  it('edits the profile, refusing a bad phone number with a reason; the 班组 set there is the one on the secretary’s roster', async () => {
    const name = uniqueName('改资料的人');
    await (await apiAs(name)).call('POST', '/api/invites/JZGD8888/join');
    const { page, context } = await newPhone(browser());
    await loginByName(page, name, '/pages/me/index');
    await page.getByText('未填写').first().waitFor();
    await expectAccessible(page, 'me');
    await screenshot(page, 'me');

    await page.getByRole('button', { name: '编辑资料' }).click();
    await page.waitForURL(/\/pages\/profile\/index/);
    await page.locator('input#profile-phone').fill('12345');
    await page.locator('input#profile-team').fill('钢筋班');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('请填写 11 位手机号码').waitFor();
    await expectAccessible(page, 'profile');
    await screenshot(page, 'profile-error');

    await page.locator('input#profile-phone').fill('13800138000');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/\/pages\/me\/index/);
    await page.getByText('手机：138****8000').waitFor();
    await page.getByText('班组：钢筋班（滨江花园项目临时党支部）').waitFor();

    // The secretary's roster says the same, and the team check-in and ranking go by it.
    const secretary = await newPhone(browser());
    await loginByName(secretary.page, '张建国', '/organizer/members/index');
    await secretary.page.locator('input#members-search').fill(name);
    await secretary.page.getByRole('button', { name: `${name}，钢筋班` }).waitFor();
    const roster = await (await apiAs('张建国')).call('GET', '/api/branches/demo-site/members?workTeam=钢筋班');
    expect(roster.body.members.map((m: { name: string }) => m.name)).toContain(name);
    await secretary.context.close();
    await context.close();
  });

  it('switches on large text (关怀模式), keeping tap targets at least 44 px', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, uniqueName('老师傅'), '/pages/me/index');
    const title = page.locator('.me-profile__name');
    await title.waitFor();
    const before = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    await expectTapTargetsAtLeast44(page);
    await page.getByRole('switch', { name: '关怀模式（大字体）' }).click();
    await expect.poll(() => title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(before * 1.2);
    await expectTapTargetsAtLeast44(page);
    await screenshot(page, 'me-care-mode');
    // The choice survives a reload.
    await page.reload();
    await expect
      .poll(() => page.locator('.me-profile__name').evaluate((el) => parseFloat(getComputedStyle(el).fontSize)))
      .toBeGreaterThan(before * 1.2);
    await context.close();
  });
});
