import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, browserForThisFile } from './browser';

const browser = browserForThisFile();

/** The first day of `year` (from January) on the given weekday, 0 = Sunday. */
function firstWeekday(year: number, weekday: number): string {
  const day = new Date(Date.UTC(year, 0, 1));
  while (day.getUTCDay() !== weekday) day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
}

describe('the working-day calendar', () => {
  it('is typed in by the platform admin from the notice, with each wrong line named, and saved', async () => {
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear() + 1;
    const [monday, saturday] = [firstWeekday(year, 1), firstWeekday(year, 6)];
    const { page, context } = await newPhone(browser());
    await loginByName(page, '平台管理员', '/pages/me/index');
    await page.getByRole('button', { name: /^节假日设置/ }).click();
    await page.waitForURL(/\/organizer\/calendar\/index/);
    await page.getByRole('tab', { name: `${year} 年` }).click();
    await page.getByText(`${year} 年尚未录入：反馈时限只跳过周末`).waitFor();

    const holidays = page.locator('#calendar-holidays textarea');
    const workdays = page.locator('#calendar-workdays textarea');
    const save = page.getByRole('button', { name: `保存 ${year} 年` });
    const sent: string[] = [];
    page.on('request', (request) => request.method() === 'PUT' && request.url().includes('/api/calendar/') && sent.push(request.url()));
    // A date that does not exist is caught on the phone…
    await holidays.fill(`${year}-01-01 元旦\n${year}-02-30 春节`);
    await workdays.fill(`${monday} 元旦调休`);
    await save.click();
    await page.getByRole('alert').getByText('第 2 行：没有这一天').waitFor();
    // …and so is a worked day that is not a weekend, by the worker's own rule, on the line that named it.
    await holidays.fill(`${year}-01-01 元旦\n${year}-10-01~${year}-10-07 国庆节`);
    await save.click();
    await page.getByRole('alert').getByText(`第 1 行：${monday} 不是周末，无需设为调休上班`).waitFor();
    await workdays.fill(`${saturday} 元旦调休`);
    await save.click();
    await page.getByText(/^最近录入：/).waitFor();
    // Only the good calendar went out: both mistakes were named before anything was sent.
    expect(sent).toHaveLength(1);
    await expectAccessible(page, 'calendar');
    await screenshot(page, 'calendar');

    const admin = await apiAs('平台管理员');
    const saved = (await admin.call('GET', `/api/calendar/${year}`)).body;
    expect(saved.holidays).toHaveLength(8);
    expect(saved.holidays[1]).toEqual({ date: `${year}-10-01`, name: '国庆节' });
    expect(saved.workdays).toEqual([{ date: saturday, name: '元旦调休' }]);
    // Read back as typed: the seven days of 国庆节 on one line.
    expect(await holidays.inputValue()).toBe(`${year}-01-01 元旦\n${year}-10-01~${year}-10-07 国庆节`);

    expect((await admin.call('PUT', `/api/calendar/${year}`, { holidays: [], workdays: [] })).status).toBe(200);
    await context.close();
  });

  it('is not offered to anyone else', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '张建国', '/pages/me/index');
    await page.getByText('支部管理').first().waitFor();
    expect(await page.getByRole('button', { name: /^节假日设置/ }).count()).toBe(0);
    await page.goto('/organizer/calendar/index');
    await page.getByText('只有平台管理员可以设置节假日').waitFor();
    await context.close();
  });
});
