import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();
const DESKTOP = { width: 1366, height: 768 };

/** 周明 administers the demo region (two branches) and belongs to none of them. */
describe('the region console', () => {
  it('shows the region on the admin’s 首页, and ranks the branches by rate, changing with the rate and the order', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '周明', '/pages/home/index');
    const summary = page.getByLabel('示范市住房和城乡建设局本月概况');
    await summary.getByText(/^\d+ 个支部，本月 \d+ 个有活动 · 出勤率 /).waitFor();
    expect(await page.getByText('您还没有加入支部').count()).toBe(0);
    await screenshot(page, 'region-home-375');

    await summary.getByRole('link', { name: '支部排名 ›' }).click();
    await page.waitForURL(/\/organizer\/region\/index\?region=demo-region&section=ranking/);
    const byAttendance = page.getByRole('table', { name: '支部排名：出勤率' });
    await byAttendance.getByRole('rowheader', { name: /滨江花园项目临时党支部/ }).waitFor();
    await byAttendance.getByRole('rowheader', { name: /幸福里社区/ }).waitFor();
    // The ranking reads what the API ranks: names in the same order, rank 1 first.
    const api = await (await apiAs('周明')).call('GET', '/api/regions/demo-region/ranking?kind=compliance&sort=asc');
    await page.getByRole('tab', { name: '三会一课' }).click();
    await page.getByRole('button', { name: '改为从低到高' }).click();
    const byCompliance = page.getByRole('table', { name: '支部排名：三会一课完成率' });
    await expect
      .poll(async () => (await byCompliance.getByRole('rowheader').allTextContents()).map((t) => t.replace(/(工地|社区)( · .*)?$/, '')))
      .toEqual(api.body.rows.map((r: { name: string }) => r.name));
    expect(await byCompliance.getByRole('row').nth(1).getByRole('cell').first().textContent()).toBe(String(api.body.rows[0].rank ?? '—'));
    // The same order drawn as bars, each saying its rate (or 本期无活动) in words.
    const bars = page.getByRole('list', { name: '三会一课完成率对比' });
    expect(await bars.getByRole('listitem').count()).toBe(api.body.rows.length);
    await expectAccessible(page, 'region-ranking');
    await screenshot(page, 'region-ranking-375');

    await page.getByRole('tab', { name: '概况' }).click();
    await page.getByLabel('区域概况').getByText('支部', { exact: true }).waitFor();
    await page.getByText(/^出勤 · 出勤率 /).waitFor();
    await page.getByRole('tab', { name: '季度' }).click();
    await page.getByText(/^\d{4}年第.季度$/).waitFor();
    await expectAccessible(page, 'region-overview');
    await screenshot(page, 'region-overview-375');
    await context.close();
  });

  it('creates a branch, hands its secretary an invite code, and replaces that secretary with a member', async () => {
    const { page, context } = await newPhone(browser(), DESKTOP);
    const admin = await apiAs('周明');
    const branchName = `${uniqueName('新城').slice(0, 12)}项目临时党支部`;
    await loginByName(page, '周明', '/organizer/region/index?section=branches');
    await page.getByRole('button', { name: '新建支部' }).click();
    const form = page.getByLabel('新建支部');
    await form.locator('input#branch-name').fill(branchName);
    await form.locator('input#branch-project').fill('新城二期');
    // Without an address the form cannot be sent.
    expect(await form.getByRole('button', { name: '建立支部' }).getAttribute('aria-disabled')).toBe('true');
    await form.locator('input#branch-address').fill('示范市新城区建设路 9 号');
    await form.getByRole('button', { name: '建立支部' }).click();

    // Straight on to its secretary: nobody to choose yet, so an invite code.
    const appoint = page.getByLabel(`任命书记：${branchName}`);
    await appoint.getByText('支部里还没有可任命的成员').waitFor();
    await appoint.getByRole('button', { name: /生成书记邀请码/ }).click();
    const code = (await appoint.locator('.region-invite__code').textContent())!.trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    await expectAccessible(page, 'region-appoint');
    await screenshot(page, 'region-appoint-1366');

    const firstName = uniqueName('首任书记');
    const first = await apiAs(firstName);
    expect((await first.call('POST', `/api/invites/${code}/join`)).body).toMatchObject({ role: 'secretary' });
    await appoint.getByRole('button', { name: '完成' }).click();
    const row = page.locator('.region-branch', { hasText: branchName });
    await row.getByText(`书记：${firstName}`).waitFor();
    await row.getByText('还没有开展活动').waitFor();

    // A member of the branch is appointed in his place; the first becomes 支委.
    const branchId = (await admin.call('GET', '/api/regions/demo-region/branches')).body.branches.find(
      (b: { name: string }) => b.name === branchName,
    ).id;
    const invite = await admin.call('POST', `/api/branches/${branchId}/invites`, { role: 'member' });
    const nextName = uniqueName('继任书记');
    const next = await apiAs(nextName);
    await next.call('POST', `/api/invites/${invite.body.code}/join`);
    await row.getByRole('button', { name: `更换书记：${branchName}` }).click();
    const replace = page.getByLabel(`任命书记：${branchName}`);
    await replace.getByText(`现任书记：${firstName}`).waitFor();
    await replace.locator('.sb-list-item', { hasText: nextName }).getByRole('button', { name: '任命' }).click();
    await page.locator('.taro__modal').getByText(`原书记${firstName}将改为支委`, { exact: false }).waitFor();
    await page.locator('.taro__modal').getByText('确定', { exact: true }).click();
    await replace.waitFor({ state: 'detached' });
    await row.getByText(`书记：${nextName}`).waitFor();
    const members = (await next.call('GET', `/api/branches/${branchId}/members`)).body.members as { name: string; role: string }[];
    expect(Object.fromEntries(members.map((m) => [m.name, m.role]))).toEqual({ [firstName]: 'committee', [nextName]: 'secretary' });
    await screenshot(page, 'region-branches-1366');

    // The new branch did nothing this month: last in the ranking, flagged.
    await page.getByRole('tab', { name: '排名' }).click();
    const ranking = page.getByRole('table', { name: '支部排名：出勤率' });
    await ranking.getByRole('rowheader', { name: new RegExp(branchName) }).waitFor();
    const rows = (await ranking.getByRole('row').allTextContents()).slice(1);
    const at = rows.findIndex((r) => r.includes(branchName));
    // At this width the ranking is the desktop table: 名次 says 本期无活动, 类型 says 工地.
    expect(rows[at]).toMatch(/^本期无活动.*工地/);
    // Below it only other branches that did nothing (early in a month that may be every branch).
    for (const below of rows.slice(at + 1)) expect(below).toContain('本期无活动');
    await screenshot(page, 'region-ranking-1366');
    await context.close();
  });
});
