import { DEFAULT_COMPLIANCE_TARGETS, periodOf } from '@sitebranch/shared';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, browserForThisFile } from './browser';

const browser = browserForThisFile();

describe('支部工作: 三会一课 for the secretary', () => {
  it('shows this month’s checklist on 首页, the table by month and quarter, and the secretary’s targets', async () => {
    const secretary = await apiAs('张建国');
    const { page, context } = await newPhone(browser());
    try {
      await loginByName(page, '张建国', '/pages/home/index');
      const checklist = page.getByRole('link', { name: '查看三会一课完成情况' });
      await checklist.getByText(/^支委会 /).waitFor();
      await checklist.getByText(/^党小组会 /).waitFor();
      await screenshot(page, 'home-checklist-375');
      await checklist.click();
      await page.waitForURL(/\/organizer\/results\/index$/);
      const table = page.getByRole('table', { name: /三会一课完成情况：\d{4}年\d{1,2}月/ });
      await table.getByRole('rowheader', { name: /支委会/ }).waitFor();
      // A quarter: three months of 支委会 are due.
      await page.getByRole('tab', { name: '季度' }).click();
      const quarter = page.getByRole('table', { name: /三会一课完成情况：\d{4}年第.季度/ });
      const committeeRow = quarter.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /支委会/ }) });
      expect(await committeeRow.getByRole('cell').first().textContent()).toBe('3');
      // The quarter's attendance: the demo's four weekly events of the past weeks, each a row of its figures.
      const perEvent = page.getByRole('table', { name: '各次活动出勤' });
      await expect.poll(async () => perEvent.getByRole('row').count()).toBeGreaterThanOrEqual(5);
      await page.getByText(/^出勤 · 出勤率 \d+(\.\d)?%$/).waitFor();
      await page.getByLabel('多次缺勤').waitFor();
      // Each chart switches to the table of its numbers: the quarter's months, each with its rate.
      const byMonth = page.getByLabel('图表：出勤率（按月）');
      await byMonth.getByRole('list', { name: '出勤率（按月）' }).getByRole('listitem').first().waitFor();
      const columns = await byMonth.getByRole('listitem').count();
      await byMonth.scrollIntoViewIfNeeded();
      await screenshot(page, 'results-chart-375');
      await byMonth.getByRole('button', { name: '表' }).click();
      const monthTable = page.getByRole('table', { name: '出勤率（按月）（表）' });
      expect(await monthTable.getByRole('row').count()).toBe(columns + 1);
      expect(await monthTable.getByRole('row').nth(1).textContent()).toMatch(/^\d{1,2}月\d+\d+(\d+(\.\d)?%|—)$/);
      await page
        .getByRole('list', { name: '三会一课完成图' })
        .getByRole('listitem', { name: /^支委会：/ })
        .waitFor();
      await screenshot(page, 'results-quarter-375');
      await page.getByRole('button', { name: '上一期' }).click();
      await page.getByRole('table', { name: /第.季度/ }).waitFor();
      await expectAccessible(page, 'results');
      await screenshot(page, 'results-375');

      // The site has no 党小组: the secretary turns it off, and it leaves the table and the checklist.
      await page.getByRole('button', { name: '修改频次要求' }).click();
      await page.getByRole('switch', { name: '党小组会：开' }).click();
      await page.getByRole('button', { name: '保存', exact: true }).click();
      await page.getByRole('button', { name: '修改频次要求' }).waitFor();
      await page.getByRole('rowheader', { name: /党小组会/ }).waitFor({ state: 'detached' });
      const saved = await secretary.call('GET', '/api/branches/demo-site/compliance');
      expect(saved.body.targets.group_meeting).toBeNull();
      await page.goto('/pages/home/index');
      await page
        .getByRole('link', { name: '查看三会一课完成情况' })
        .getByText(/^支委会 /)
        .waitFor();
      expect(
        await page
          .getByRole('link', { name: '查看三会一课完成情况' })
          .getByText(/^党小组会 /)
          .count(),
      ).toBe(0);
    } finally {
      await secretary.call('PUT', '/api/branches/demo-site/compliance-targets', DEFAULT_COMPLIANCE_TARGETS);
      await context.close();
    }
  });

  it('links this month’s attendance and the feedback waiting from 首页, and draws the feedback by category', async () => {
    const secretary = await apiAs('张建国');
    const dashboard = (await secretary.call('GET', '/api/branches/demo-site/dashboard')).body;
    const { page, context } = await newPhone(browser());
    await loginByName(page, '张建国', '/pages/home/index');
    const { openNow, overdueNow } = dashboard.feedback;
    // The row's name is its visible words, as a person reading it aloud would say them.
    const waiting = page.getByRole('button', {
      name: new RegExp(`^反馈待办 ${openNow} 条\\s*${overdueNow ? `超期 ${overdueNow} 条` : '没有超期'} ›$`),
    });
    await waiting.waitFor();
    expect(openNow).toBeGreaterThan(0);
    await page.getByRole('button', { name: /^本月出勤率 (\d+(\.\d)?%|—)\s*已开展 \d+ 次活动 ›$/ }).waitFor();
    await waiting.click();
    await page.waitForURL(/\/organizer\/feedback-inbox\/index/);
    await page.goto('/organizer/results/index');
    await page.getByRole('tab', { name: '年' }).click();
    const byCategory = page.getByRole('list', { name: '意见反馈（按类别）' });
    await byCategory.getByRole('listitem').first().waitFor();
    await page.getByLabel('图表：意见反馈（按类别）').getByRole('button', { name: '表' }).click();
    const rows = await page.getByRole('table', { name: '意见反馈（按类别）（表）' }).getByRole('row').allTextContents();
    const year = (await secretary.call('GET', `/api/branches/demo-site/dashboard?period=${periodOf(Date.now(), 'year').key}`)).body;
    expect(rows.slice(1).reduce((n, r) => n + Number(/\d+$/.exec(r)![0]), 0)).toBe(year.feedback.received);
    await expectAccessible(page, 'results-feedback-charts');
    await context.close();
  });

  it('is not shown to a worker', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '马国富', '/pages/home/index');
    await page.getByText('近期活动').waitFor();
    expect(await page.getByRole('link', { name: '查看三会一课完成情况' }).count()).toBe(0);
    await context.close();
  });

  it('lays the page out on a computer', async () => {
    const { page, context } = await newPhone(browser(), { width: 1366, height: 768 });
    await loginByName(page, '李红梅', '/organizer/results/index');
    await page.getByRole('tab', { name: '季度' }).click();
    await page.getByRole('table', { name: '各次活动出勤' }).waitFor();
    await expectAccessible(page, 'results-1366');
    await screenshot(page, 'results-1366');
    await context.close();
  });

  it('downloads the ledger in one tap, a workbook another reader opens: six sheets, a merged title, real dates, text never a formula', async () => {
    const { page, context } = await newPhone(browser(), { width: 1366, height: 768 });
    await loginByName(page, '张建国', '/organizer/results/index');
    await page.getByRole('tab', { name: '季度' }).click();
    await page.getByRole('table', { name: '各次活动出勤' }).waitFor();
    const quarter = periodOf(Date.now(), 'quarter');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `导出台账（${quarter.label}）` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`滨江花园项目临时党支部台账（${quarter.label}）.xlsx`);
    await page.getByText('台账已下载').waitFor();
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    expect(book.worksheets.map((w) => w.name)).toEqual(['概况', '活动台账', '三会一课', '党员出勤', '知识竞赛', '意见反馈']);
    const events = book.getWorksheet('活动台账')!;
    expect(events.getCell('A1').value).toBe(`滨江花园项目临时党支部 活动台账（${quarter.label}）`);
    expect(events.getCell('A1').isMerged).toBe(true);
    expect(events.getRow(2).values).toEqual([
      undefined,
      '日期',
      '类型',
      '活动名称',
      '地点',
      '组织人',
      '应到',
      '实到',
      '请假',
      '缺勤',
      '缺勤人员',
      '迟到',
      '离线签到',
      '代签到',
      '补签',
    ]);
    expect(events.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    // The demo's events of the quarter, each dated as a real date inside the quarter (China time).
    const dates = events.getColumn(1).values.slice(3) as Date[];
    expect(dates.length).toBeGreaterThan(2);
    for (const date of dates) {
      expect(date).toBeInstanceOf(Date);
      // exceljs reads Excel's zone-less date as UTC: shift back to the moment in China.
      const ms = date.getTime() - 8 * 3_600_000;
      expect(ms).toBeGreaterThanOrEqual(quarter.startsAt);
      expect(ms).toBeLessThan(quarter.endsAt);
    }
    expect(events.getColumn(1).width).toBe(17);
    // No formula anywhere in the book, whatever people typed.
    for (const sheet of book.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.formula, `${sheet.name}!${cell.address}`).toBeUndefined()));
    const members = book.getWorksheet('党员出勤')!;
    expect(members.getRow(2).getCell(1).value).toBe('姓名');
    expect(members.rowCount).toBeGreaterThan(10);
    await context.close();
  });

  it('exports this month’s ledger from 首页 with one tap', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '张建国', '/pages/home/index');
    const month = periodOf(Date.now(), 'month');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出本月台账' }).click()]);
    expect(download.suggestedFilename()).toBe(`滨江花园项目临时党支部台账（${month.label}）.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(await download.path());
    expect(book.getWorksheet('概况')!.getCell('A1').value).toBe(`滨江花园项目临时党支部 台账概况（${month.label}）`);
    await screenshot(page, 'home-ledger-375');
    await context.close();
  });
});
