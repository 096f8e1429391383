/**
 * Question banks as organizers have them from elsewhere: a bank exported by another platform, and
 * questions pasted from a Word document. (The 花名册 and 接龙: roster-and-jielong.test.ts.)
 */
import { describe, it } from 'vitest';
import { expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();

describe('question banks from elsewhere', () => {
  it('imports another platform’s export, and questions pasted from a Word document after a preview', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '李红梅', '/organizer/question-banks/index');
    await page.locator('input#bank-name').fill(uniqueName('外来题库'));
    await page.getByRole('button', { name: '新建题库' }).click();
    await page.waitForURL(/\/organizer\/bank-edit\/index\?id=/);
    const bankPage = page.locator('.taro_page[id^="/organizer/bank-edit/"]');

    // An exam platform's export: a title row, its own headers and type names, answers in its own way.
    const exported = [
      '党建知识题库导出',
      '序号,试题类型,题目内容,选项A,选项B,选项C,选项D,正确答案,答案解析,难易程度',
      '1,单项选择题,党的最高领导机关是？,A. 党的全国代表大会和它所产生的中央委员会,B. 中央政治局,C. 中央书记处,D. 中央军委,A,党章第十条,中等',
      '2,多项选择题,“三会一课”包括哪些？,支部党员大会,支部委员会,党小组会,党课,"A、B、C、D",,易',
      '3,判断题,党员可以不参加党的组织生活。,,,,,×,,易',
    ].join('\r\n');
    await bankPage
      .locator('#import-file')
      .setInputFiles({ name: '导出题库.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${exported}\r\n`, 'utf8') });
    await bankPage.getByText('导出题库.csv：已导入 3 道题').waitFor();
    await bankPage.getByText('党的最高领导机关是？').waitFor();

    // Pasted from a Word paper: section headings, numbered stems, answers in brackets, an answer line.
    await bankPage.getByRole('button', { name: /粘贴文本导入/ }).click();
    const word = [
      '一、单选题',
      '1. 中国共产党成立于（ B ）',
      'A. 1919年  B. 1921年  C. 1927年  D. 1949年',
      '2. 入党誓词中要求党员“随时准备为党和人民牺牲（    ）”',
      'A．一切',
      'B．生命',
      '答案：A',
      '二、判断题',
      '3. 党员应当按期交纳党费。（√）',
      '4. 预备党员的预备期为半年。',
    ];
    await bankPage.locator('#question-text textarea').fill(word.join('\n'));
    await bankPage.getByRole('button', { name: '识别题目' }).click();
    const problems = bankPage.getByRole('list', { name: '文本中的问题' });
    await problems
      .getByRole('listitem')
      .filter({ hasText: /^第 10 行：/ })
      .waitFor();
    await bankPage.getByRole('button', { name: '请先修改文本中的问题' }).waitFor();
    await screenshot(page, 'bank-text-preview-problem');

    await bankPage.locator('#question-text textarea').fill([...word.slice(0, -1), '4. 预备党员的预备期为一年。（√）'].join('\n'));
    await bankPage.getByRole('button', { name: '识别题目' }).click();
    await bankPage.getByText('识别出 4 道题，没有问题').waitFor();
    const preview = bankPage.getByRole('list', { name: '识别出的题目' });
    await preview.getByRole('listitem').filter({ hasText: '中国共产党成立于' }).getByText('B. 1921年（正确答案）').waitFor();
    await preview.getByRole('listitem').filter({ hasText: '牺牲' }).getByText('A. 一切（正确答案）').waitFor();
    await preview
      .getByRole('listitem')
      .filter({ hasText: '按期交纳党费' })
      .getByText(/判断题/)
      .waitFor();
    await expectAccessible(page, 'bank-text-preview');
    await screenshot(page, 'bank-text-preview');
    await bankPage.getByRole('button', { name: '导入 4 道题' }).click();
    await bankPage.getByText('粘贴的文本：已导入 4 道题').waitFor();
    await bankPage.getByText('中国共产党成立于（ ）').waitFor();
    await context.close();
  });
});
