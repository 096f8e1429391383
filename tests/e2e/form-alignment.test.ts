/**
 * Controls that sit beside what they act on: 删除 on the line of 规则 1, 用我现在的位置 on the line
 * of what the fence is now, each at the right edge of the inputs below — at 375 px and at 1366 px.
 */
import type { Locator } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loginByName, newPhone, screenshot, browserForThisFile } from './browser';

const browser = browserForThisFile();

async function box(locator: Locator) {
  const b = (await locator.boundingBox())!;
  return { left: b.x, right: b.x + b.width, top: b.y, bottom: b.y + b.height, middle: b.y + b.height / 2 };
}

/** `control` is on the line of `text` (centres within 4 px) and ends where `input` ends. */
async function expectBeside(control: Locator, text: Locator, input: Locator) {
  const [c, t, i] = await Promise.all([box(control), box(text), box(input)]);
  expect(Math.abs(c.middle - t.middle), 'on the same line').toBeLessThanOrEqual(4);
  expect(Math.abs(c.right - i.right), 'at the right edge of the inputs').toBeLessThanOrEqual(4);
  expect(c.left, 'after the text, not over it').toBeGreaterThanOrEqual(t.right);
}

describe('controls in the organizer’s forms', () => {
  it.each([
    { width: 375, height: 667 },
    { width: 1366, height: 768 },
  ])('stand on the line of what they act on at $width px', async (viewport) => {
    const { page, context } = await newPhone(browser(), viewport);
    await loginByName(page, '李红梅', '/organizer/contest-edit/index');
    const rule = page.locator('.contest-rule').first();
    await rule.scrollIntoViewIfNeeded();
    await expectBeside(
      rule.getByRole('button', { name: '删除规则 1' }),
      rule.getByText('规则 1', { exact: true }),
      rule.getByRole('button', { name: /规则 1题型/ }),
    );
    await screenshot(page, `contest-rule-${viewport.width}`);

    await page.goto('/organizer/event-edit/index');
    const fence = page.locator('.sb-field', { hasText: '签到范围' });
    await fence.scrollIntoViewIfNeeded();
    const duration = page.getByRole('button', { name: /^时长：/ });
    await expectBeside(fence.getByRole('button', { name: '用我现在的位置' }), fence.getByText('不限位置，只凭现场二维码'), duration);
    await expectBeside(page.getByRole('switch', { name: '仅限党员参加' }), page.getByText('仅限党员参加', { exact: true }), duration);
    await screenshot(page, `event-fence-${viewport.width}`);
    await context.close();
  });
});
