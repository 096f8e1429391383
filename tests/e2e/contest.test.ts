/**
 * The knowledge contest as a worker takes it: to the end through a reload, against the clock, with
 * no network, and daily practice. (Banks and contests as organizers make them: contest-organizing.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';
import { openContest, QUESTIONS, rightTexts } from './contest-fixtures';

const browser = browserForThisFile();

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
