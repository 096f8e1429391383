/**
 * Question banks and contests as organizers make them: a bank's file import and its report, the
 * contest editor and a contest's analysis, and a contest changed after it was made.
 */
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';
import { openContest, QUESTIONS } from './contest-fixtures';

const browser = browserForThisFile();

describe('question banks for organizers', () => {
  const HEADER = '题型,题干,选项A,选项B,选项C,选项D,答案,解析,标签,难度';
  const GOOD_ROW = '单选,施工现场临时用电采用几级配电？,一级,二级,三级,四级,C,三级配电两级保护。,安全生产,易';
  const csv = (...rows: string[]) => Buffer.from(`\uFEFF${[HEADER, ...rows].join('\r\n')}\r\n`, 'utf8');

  it('imports a file with one bad row: nothing goes in and the report names the row and column; the fixed file goes in', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '李红梅', '/organizer/question-banks/index');
    const bankName = uniqueName('安全知识题库');
    await page.locator('input#bank-name').fill(bankName);
    await page.getByRole('button', { name: '新建题库' }).click();
    await page.waitForURL(/\/organizer\/bank-edit\/index\?id=/);
    await page.getByText('批量导入').waitFor();

    const badRow = '判断,高处作业是指在坠落高度基准面 2 米及以上的高处作业。,,,,,E,GB/T 3608。,安全生产,易';
    await page.locator('#import-file').setInputFiles({ name: '题目.csv', mimeType: 'text/csv', buffer: csv(GOOD_ROW, badRow) });
    await page.getByRole('listitem').getByText('行 3，答案列：选项 E 不存在', { exact: true }).waitFor();
    await page.getByText(/文件中有 1 处错误，整份未导入/).waitFor();
    await expectAccessible(page, 'bank-import-report');
    await screenshot(page, 'bank-import-report');

    await page
      .locator('#import-file')
      .setInputFiles({ name: '题目.csv', mimeType: 'text/csv', buffer: csv(GOOD_ROW, badRow.replace(',E,', ',正确,')) });
    await page.getByText('题目.csv：已导入 2 道题').waitFor();
    await page.getByText('施工现场临时用电采用几级配电？').waitFor();
    await screenshot(page, 'bank-questions');
    await context.close();
  });

  it('shows the contest editor and a contest’s analysis to organizers', async () => {
    const contestId = await openContest(uniqueName('分析用竞赛'));
    // Three workers take it through the API: one answers everything right, the others pick A throughout.
    for (let n = 0; n < 3; n++) {
      const worker = await apiAs(uniqueName('分析工友'));
      await worker.call('POST', '/api/invites/JZGD8888/join');
      const attempt = (await worker.call('POST', `/api/contests/${contestId}/attempts`, {})).body;
      for (const q of attempt.questions as { id: string; stem: string }[]) {
        const known = QUESTIONS.find((k) => k.stem === q.stem)!;
        await worker.call('PUT', `/api/attempts/${attempt.id}/answers/${q.id}`, { answer: n === 0 ? known.answer : 'A' });
      }
      expect((await worker.call('POST', `/api/attempts/${attempt.id}/submit`, {})).status).toBe(200);
    }
    const { page, context } = await newPhone(browser());
    await loginByName(page, '李红梅', '/organizer/contest-edit/index');
    await page.locator('input#contest-title').waitFor();
    await expectAccessible(page, 'contest-edit');
    await screenshot(page, 'contest-edit');
    await page.goto(`/organizer/contest-analysis/index?id=${contestId}`);
    await page
      .getByText(/参加 3 人/)
      .first()
      .waitFor();
    await page
      .getByText(/最多人错选/)
      .first()
      .waitFor();
    // The score histogram switches to its table: three hand-ins in all.
    const histogram = page.getByLabel('图表：分数分布（交卷次数）');
    await histogram.getByRole('list', { name: '分数分布' }).waitFor();
    await histogram.getByRole('button', { name: '表' }).click();
    const bands = await histogram.getByRole('table', { name: '分数分布（交卷次数）（表）' }).getByRole('row').allTextContents();
    expect(bands.slice(1).reduce((n, r) => n + Number(/\d+$/.exec(r)![0]), 0)).toBe(3);
    await expectAccessible(page, 'contest-analysis');
    await screenshot(page, 'contest-analysis');
    await context.close();
  });

  it('lets the secretary change a contest after creating it: its name and closing time, not its rules', async () => {
    const title = uniqueName('可修改竞赛');
    const contestId = await openContest(title);
    const { page, context } = await newPhone(browser());
    await loginByName(page, '张建国', '/pages/contest/index');
    await page.locator('.contest-card', { hasText: title }).getByRole('button', { name: '修改' }).click();
    await page.waitForURL(new RegExp(`/organizer/contest-edit/index\\?id=${contestId}$`));
    const renamed = `${title}（延期）`;
    await page.locator('input#contest-title').fill(renamed);
    const fixed = page.locator('.contest-section', { hasText: '抽题和规则（创建后不能修改）' });
    await fixed.getByText(/4 题 · 满分 \d+ · 限时 10 分钟 · 只能答 1 次/).waitFor();
    await expectAccessible(page, 'contest-change');
    await screenshot(page, 'contest-change');
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.waitForURL((url) => url.pathname === '/pages/contest/index');
    await page.locator('.contest-card', { hasText: renamed }).waitFor();
    const secretary = await apiAs('张建国');
    expect((await secretary.call('GET', `/api/contests/${contestId}`)).body).toMatchObject({
      title: renamed,
      questionCount: 4,
      timeLimitMinutes: 10,
    });
    // Saving with nothing changed says so and sends nothing.
    await page.goto(`/organizer/contest-edit/index?id=${contestId}`);
    await page.locator('input#contest-title').waitFor();
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.getByText('没有修改任何内容').waitFor();
    await context.close();
  });
});
