import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();

/**
 * Questions whose right option's text is known, so the test answers like a person who knows.
 * Each has an explanation: daily practice may draw them, and its test expects 解析.
 */
const QUESTIONS = [
  {
    type: 'single',
    stem: '施工现场临时用电应当采用几级配电？',
    options: ['一级', '二级', '三级', '四级'],
    answer: 'C',
    explanation: '临时用电采用三级配电、两级漏电保护。',
  },
  {
    type: 'single',
    stem: '党的最高领导机关是？',
    options: ['党的全国代表大会和它所产生的中央委员会', '党的地方委员会', '党支部'],
    answer: 'A',
    explanation: '见《中国共产党章程》第十条。',
  },
  {
    type: 'multiple',
    stem: '下列属于施工现场“三宝”的有哪些？',
    options: ['安全帽', '安全带', '安全网', '手电筒'],
    answer: 'ABC',
    explanation: '“三宝”指安全帽、安全带、安全网。',
  },
  { type: 'judge', stem: '预备党员的预备期为一年。', options: ['正确', '错误'], answer: 'A', explanation: '见《中国共产党章程》第七条。' },
];
const rightTexts = (q: (typeof QUESTIONS)[number]) => [...q.answer].map((letter) => q.options[letter.charCodeAt(0) - 65]!);

/** The site's secretary makes a bank with the questions and an open contest over it. */
async function openContest(title: string, closesInMs = 3_600_000) {
  const secretary = await apiAs('张建国');
  const bank = await secretary.call('POST', '/api/banks', { name: uniqueName('竞赛测试题库'), branchId: 'demo-site' });
  for (const q of QUESTIONS) expect((await secretary.call('POST', `/api/banks/${bank.body.id}/questions`, q)).status).toBe(201);
  const contest = await secretary.call('POST', '/api/contests', {
    branchId: 'demo-site',
    title,
    opensAt: Date.now() - 60_000,
    closesAt: Date.now() + closesInMs,
    bankIds: [bank.body.id],
    draw: [
      { type: 'single', count: 2 },
      { type: 'multiple', count: 1 },
      { type: 'judge', count: 1 },
    ],
    timeLimitMinutes: 10,
    attemptsAllowed: 1,
    showAnswers: 'after_submit',
  });
  expect(contest.status).toBe(201);
  return contest.body.id as string;
}

describe('the knowledge contest', () => {
  it('takes a contest to the end, surviving a reload, then shows the score, the rank and the review', async () => {
    const title = uniqueName('安全知识竞赛');
    const contestId = await openContest(title);
    const name = uniqueName('答题工友');
    await (await apiAs(name)).call('POST', '/api/invites/JZGD8888/join');
    const { page, context } = await newPhone(browser());
    await loginByName(page, name, '/pages/contest/index');
    const card = page.locator('.contest-card', { hasText: title });
    await card.getByRole('button', { name: '开始答题' }).click();
    await page.waitForURL(new RegExp(`/pages/attempt/index\\?contest=${contestId}`));
    await page.getByRole('timer').waitFor();

    const answerCurrent = async () => {
      const stem = (await page.locator('.attempt__stem').textContent())!;
      const question = QUESTIONS.find((q) => q.stem === stem)!;
      for (const text of rightTexts(question))
        await page.getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: new RegExp(`^[A-F]\\. ${text}$`) }).click();
      await page.getByText('已自动保存').waitFor();
    };
    await answerCurrent();
    await page.getByRole('button', { name: '下一题' }).click();
    await answerCurrent();
    await expectAccessible(page, 'attempt');
    await screenshot(page, 'attempt');

    // The app is closed and opened again: the same attempt, answers kept.
    await page.reload();
    await page.getByText('已答 2/4').waitFor();
    for (let i = 0; i < 4; i++) {
      const nav = page.getByRole('button', { name: new RegExp(`^第 ${i + 1} 题，`) });
      if ((await nav.getAttribute('aria-label'))!.endsWith('未答')) {
        await nav.click();
        await answerCurrent();
      }
    }
    await page.getByText('已答 4/4').waitFor();
    await page.getByRole('button', { name: '交卷' }).click();
    await page.locator('.taro__modal').getByText('交卷', { exact: true }).last().click();

    await page.waitForURL(/\/pages\/contest-result\/index/);
    await page.getByText('答对 4 题，共 4 题').waitFor();
    await page.getByText(/当前排名：第 1 名/).waitFor();
    await expectAccessible(page, 'contest-result');
    await screenshot(page, 'contest-result');

    await page.getByRole('button', { name: '查看答案和解析' }).click();
    await page.waitForURL(/\/pages\/review\/index/);
    await page.getByText('得分 9 / 9 · 答对 4 / 4 题').waitFor();
    await expectAccessible(page, 'review');
    await screenshot(page, 'review');

    await page.goto(`/pages/leaderboard/index?id=${contestId}`);
    await page.locator('.board__row', { hasText: name }).getByText('9 分').waitFor();
    await page.getByText('我：第 1 名 · 9 分').waitFor();
    await expectAccessible(page, 'leaderboard');
    await screenshot(page, 'leaderboard');
    await context.close();
  });

  it('counts the time down as it passes, and at zero hands in what was answered', async () => {
    // The contest closes in 15 s, so the attempt's deadline is the close.
    await openContest(uniqueName('倒计时竞赛'), 15_000);
    const name = uniqueName('倒计时工友');
    await (await apiAs(name)).call('POST', '/api/invites/JZGD8888/join');
    const { page, context } = await newPhone(browser());
    await loginByName(page, name, '/pages/contest/index');
    await page.locator('.contest-card', { hasText: '倒计时竞赛' }).getByRole('button', { name: '开始答题' }).click();
    const timer = page.getByRole('timer');
    await timer.waitFor();
    const secondsLeft = async () => {
      const [, mm, ss] = /(\d{2}):(\d{2})/.exec((await timer.textContent())!)!;
      return Number(mm) * 60 + Number(ss);
    };
    const before = await secondsLeft();
    await page.waitForTimeout(3_000);
    const after = await secondsLeft();
    expect(before - after).toBeGreaterThanOrEqual(2);
    expect(before - after).toBeLessThanOrEqual(4);
    // Answer one question right, then let the time run out.
    const stem = (await page.locator('.attempt__stem').textContent())!;
    const question = QUESTIONS.find((q) => q.stem === stem)!;
    for (const text of rightTexts(question))
      await page.getByRole(question.type === 'multiple' ? 'checkbox' : 'radio', { name: new RegExp(`^[A-F]\\. ${text}$`) }).click();
    await page.getByText('已自动保存').waitFor();
    await page.waitForURL(/\/pages\/contest-result\/index/, { timeout: 20_000 });
    await page.getByText('答对 1 题，共 4 题').waitFor();
    await context.close();
  });

  it('keeps an answer chosen with no network on the phone and saves it when the network returns', async () => {
    const contestId = await openContest(uniqueName('断网答题'));
    const name = uniqueName('断网工友');
    const worker = await apiAs(name);
    await worker.call('POST', '/api/invites/JZGD8888/join');
    const { page, context } = await newPhone(browser());
    await loginByName(page, name, `/pages/attempt/index?contest=${contestId}`);
    await page.getByRole('timer').waitFor();
    const stem = (await page.locator('.attempt__stem').textContent())!;
    const question = QUESTIONS.find((q) => q.stem === stem)!;
    await context.setOffline(true);
    await page
      .getByRole(question.type === 'multiple' ? 'checkbox' : 'radio')
      .first()
      .click();
    await page.getByText('网络不好，答案已记在手机上，正在重试').waitFor();
    await context.setOffline(false);
    await page.getByText('已自动保存').waitFor({ timeout: 15_000 });
    const attempt = (await worker.call('POST', `/api/contests/${contestId}/attempts`, {})).body;
    const saved = attempt.questions.find((q: { stem: string }) => q.stem === stem);
    expect(saved.saved).toBe(saved.options[0].key);
    await context.close();
  });

  it('gives daily practice with the explanation right after answering', async () => {
    const { page, context } = await newPhone(browser());
    await loginByName(page, '陈静', '/pages/practice/index');
    await page.getByText(/已连续练习 \d+ 天/).waitFor();
    const first = page.locator('.practice__question').first();
    const multiple = /多选题/.test((await first.textContent())!);
    await first
      .getByRole(multiple ? 'checkbox' : 'radio')
      .first()
      .click();
    if (multiple) await first.getByRole('checkbox').nth(1).click();
    await first.getByRole('button', { name: '提交答案' }).click();
    await first.getByText(/^(回答正确|回答错误，正确答案：)/).waitFor();
    await first.getByText(/^解析：/).waitFor();
    await page.getByText(/今天已答 1\/5 题/).waitFor();
    await expectAccessible(page, 'practice');
    await screenshot(page, 'practice');
    await context.close();
  });
});

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
    await page.waitForURL(/\/organizer\/bank\/index\?id=/);
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
