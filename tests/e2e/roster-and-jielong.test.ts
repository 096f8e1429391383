/**
 * The 花名册 as organizers have it: workers who have no phone (imported, checked in by roster and
 * by a WeChat 接龙 list pasted on the attendance page, later claimed by one of them), and the
 * roster as a table on a computer. (Question banks from elsewhere: bank-imports.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();
const DESKTOP = { width: 1366, height: 768 };

/** A branch of its own (so the demo branch's counts stay as other tests expect), with a secretary. */
async function newBranchWithSecretary() {
  const admin = await apiAs('周明');
  const branch = await admin.call('POST', '/api/regions/demo-region/branches', {
    kind: 'site',
    name: `${uniqueName('花名册').slice(0, 10)}项目支部`,
    address: '示范市花名册路 1 号',
  });
  const invite = await admin.call('POST', `/api/branches/${branch.body.id}/invites`, { role: 'secretary' });
  const secretaryName = uniqueName('花名册书记');
  const secretary = await apiAs(secretaryName);
  await secretary.call('POST', `/api/invites/${invite.body.code}/join`);
  return { branchId: branch.body.id as string, secretary, secretaryName };
}

type AttendancePerson = { userId: string; name: string; workTeam: string | null; status: string; method: string | null };

describe('the 花名册 and 接龙', () => {
  it('imports a roster, signs its phone-less workers in by roster and by a pasted 接龙 list, and lets one of them claim his place', async () => {
    const { branchId, secretary, secretaryName } = await newBranchWithSecretary();
    const { page, context } = await newPhone(browser());
    await loginByName(page, secretaryName, '/organizer/members/index');
    await page.getByText('没有智能手机的工人也可以加进来').waitFor();

    // The site's roster as the labour company keeps it: a title row, its own headers.
    const roster = [
      '某项目部 12 月花名册',
      '序号,人员姓名,工种,联系电话,政治面貌',
      '1,王建军,钢筋班,,中共党员',
      '2,张伟,木工班,,群众',
      '3,张伟,架子工班,,',
      '4,老马,钢筋班,13900001111,',
    ].join('\r\n');
    await page
      .locator('#roster-file')
      .setInputFiles({ name: '花名册.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${roster}\r\n`, 'utf8') });
    await page.getByText('花名册.csv：已导入 4 人').waitFor();
    await page.locator('.sb-list-item', { hasText: '王建军' }).getByText('未登录').waitFor();
    // The same file again: every row is someone already there, and nothing goes in twice.
    await page
      .locator('#roster-file')
      .setInputFiles({ name: '花名册.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${roster}\r\n`, 'utf8') });
    await page.getByText(/花名册中有 4 处问题，整份未导入/).waitFor();
    await page.getByRole('listitem').getByText('行 3，姓名列：与支部中已有的成员同名且同班组', { exact: false }).waitFor();

    await page.getByRole('button', { name: '添加人员' }).click();
    await page.locator('input#roster-name').fill('刘大爷');
    await page.locator('input#roster-team').fill('杂工班');
    await page.getByRole('button', { name: '添加到花名册' }).click();
    await page.locator('.sb-list-item', { hasText: '刘大爷' }).getByText('未登录').waitFor();
    await expectAccessible(page, 'members-roster');
    await screenshot(page, 'members-roster');
    const members = (await secretary.call('GET', `/api/branches/${branchId}/members`)).body.members as {
      name: string;
      rosterOnly: boolean;
      userId: string;
    }[];
    expect(
      members
        .filter((m) => m.rosterOnly)
        .map((m) => m.name)
        .sort(),
    ).toEqual(['刘大爷', '张伟', '张伟', '王建军', '老马'].sort());

    // An event with check-in open: 王建军 has no phone, the committee checks him in from the roster.
    const now = Date.now();
    const event = await secretary.call('POST', `/api/branches/${branchId}/events`, {
      kind: 'training',
      title: uniqueName('班前会'),
      placeName: '钢筋棚',
      startsAt: now + 5 * 60_000,
      endsAt: now + 65 * 60_000,
    });
    const eventId = event.body.id as string;
    await page.goto(`/organizer/attendance/index?id=${eventId}`);
    const attendancePage = page.locator('.taro_page[id^="/organizer/attendance"]');
    await attendancePage.getByRole('tab', { name: /未到/ }).click();
    await attendancePage.locator('.sb-list-item', { hasText: '王建军' }).getByRole('button', { name: '代签到' }).click();
    const people = async () => (await secretary.call('GET', `/api/events/${eventId}/attendance`)).body.people as AttendancePerson[];
    await expect.poll(async () => (await people()).find((p) => p.name === '王建军')?.method).toBe('roster');

    // The 接龙 from the group chat: one 张伟 named by his team, one name nobody has, one on leave, one already in.
    await attendancePage.getByRole('button', { name: '粘贴接龙名单' }).click();
    const jielong = [
      '#接龙',
      '12月2日班前安全教育签到',
      '例 张三 钢筋班',
      '',
      '1. 王建军',
      '2. 张伟 木工',
      '3. 刘大爷🙏',
      '4. 老马 请假',
      '5. 赵六 钢筋班',
    ].join('\n');
    await attendancePage.locator('#jielong-text textarea').fill(jielong);
    const result = attendancePage.getByRole('list', { name: '接龙名单识别结果' });
    await result.getByRole('listitem').filter({ hasText: '2. 张伟 木工' }).getByText('→ 张伟（木工班）').waitFor();
    await result.getByRole('listitem').filter({ hasText: '1. 王建军' }).getByText('王建军（钢筋班） 已签到').waitFor();
    await result.getByRole('listitem').filter({ hasText: '4. 老马 请假' }).getByText('请假，不签到').waitFor();
    await result.getByRole('listitem').filter({ hasText: '5. 赵六' }).getByText('名单里没有此人', { exact: false }).waitFor();
    await attendancePage.getByText('识别 5 条，将签到 2 人，1 人已签到，还有 1 条待确认').waitFor();
    await result.getByRole('listitem').filter({ hasText: '5. 赵六' }).getByRole('button', { name: '跳过' }).click();
    await expectAccessible(page, 'attendance-jielong');
    await screenshot(page, 'attendance-jielong');
    await attendancePage.getByRole('button', { name: '确认接龙签到 2 人' }).click();
    await expect
      .poll(async () =>
        (await people())
          .filter((p) => p.method === 'jielong')
          .map((p) => `${p.name}/${p.workTeam}`)
          .sort(),
      )
      .toEqual(['刘大爷/杂工班', '张伟/木工班']);
    const other = (await people()).find((p) => p.name === '张伟' && p.workTeam === '架子工班')!;
    expect(other.status).toBe('absent');
    expect((await people()).find((p) => p.name === '老马')!.status).toBe('absent');

    // Pasted twice: nobody is checked in twice, and the page says so.
    await attendancePage.getByRole('button', { name: '粘贴接龙名单' }).click();
    await attendancePage.locator('#jielong-text textarea').fill(jielong);
    await attendancePage.getByText(/识别 5 条，将签到 0 人，3 人已签到/).waitFor();
    await result.getByRole('listitem').filter({ hasText: '5. 赵六' }).getByRole('button', { name: '跳过' }).click();
    await attendancePage.getByRole('button', { name: '确认接龙签到 0 人' }).click();
    await page.getByText('名单上的人都已签到').waitFor();
    expect((await people()).filter((p) => p.status === 'present')).toHaveLength(3);

    // 王建军 gets a phone: the secretary hands him a claim code, and he becomes that same member.
    await page.goto('/organizer/members/index');
    const membersPage = page.locator('.taro_page[id^="/organizer/members"]');
    await membersPage.locator('.sb-list-item', { hasText: '王建军' }).click();
    await page.getByText('生成认领码').click();
    const codeText = page.locator('.members-claim__code');
    await codeText.waitFor();
    const code = (await codeText.textContent())!.trim();
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    await screenshot(page, 'members-claim-code');
    await context.close();

    const phone = await newPhone(browser());
    const ownName = uniqueName('王建军本人');
    await loginByName(phone.page, ownName, `/pages/join/index?claim=${code}`);
    await phone.page.getByText('花名册上的人员').waitFor();
    await phone.page.getByText('王建军 · 钢筋班').waitFor();
    await expectAccessible(phone.page, 'join-claim');
    await screenshot(phone.page, 'join-claim');
    await phone.page.getByRole('button', { name: '我是王建军，认领' }).click();
    await phone.page.waitForURL(/\/pages\/profile\/index\?welcome=1/);
    const after = await people();
    expect(after.filter((p) => p.name === '王建军')).toHaveLength(0);
    const claimed = after.find((p) => p.name === ownName)!;
    expect(claimed).toMatchObject({ workTeam: '钢筋班', status: 'present', method: 'roster' });
    const list = (await secretary.call('GET', `/api/branches/${branchId}/members`)).body.members as {
      name: string;
      rosterOnly: boolean;
      role: string;
    }[];
    expect(list.find((m) => m.name === ownName)).toMatchObject({ rosterOnly: false, role: 'member' });
    await phone.context.close();
  });

  it('shows the 花名册 as a table with who has logged in on a computer', async () => {
    const { branchId, secretary, secretaryName } = await newBranchWithSecretary();
    await secretary.call('POST', `/api/branches/${branchId}/roster`, { name: '桌面花名册工人', workTeam: '钢筋班' });
    const { page, context } = await newPhone(browser(), DESKTOP);
    await loginByName(page, secretaryName, '/organizer/members/index');
    const row = page.getByRole('row', { name: /桌面花名册工人/ });
    await row.getByRole('cell', { name: '未登录（花名册）' }).waitFor();
    await page
      .getByRole('row', { name: new RegExp(secretaryName) })
      .getByRole('cell', { name: '已登录' })
      .waitFor();
    await expectAccessible(page, 'members-roster-1366');
    await screenshot(page, 'members-roster-1366');
    await context.close();
  });
});
