import { codeWindowAt, digitsCode, qrToken, signinLinkPath } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, useBrowser } from './browser';

const browser = useBrowser();

/** The secretary of the demo site publishes an event open for sign-in now; returns its id and code key. */
async function openEvent(title: string) {
  const secretary = await apiAs('张建国');
  const now = Date.now();
  const created = await secretary.call('POST', '/api/branches/demo-site/events', {
    kind: 'training',
    title,
    placeName: '项目部会议室',
    startsAt: now + 5 * 60_000,
    endsAt: now + 65 * 60_000,
  });
  expect(created.status).toBe(201);
  const code = await secretary.call('GET', `/api/events/${created.body.id}/code`);
  return { eventId: created.body.id as string, key: code.body.key as string, secretary };
}

/** A new worker of the demo site, joined with the demo invite code. */
async function newWorker(prefix: string) {
  const name = uniqueName(prefix);
  const worker = await apiAs(name);
  expect((await worker.call('POST', '/api/invites/JZGD8888/join')).status).toBe(200);
  return { name, worker };
}

describe('signing in', () => {
  it('shows the event on 首页 and signs a worker in by opening the QR code’s link', async () => {
    const title = uniqueName('班前会');
    const { eventId, key, secretary } = await openEvent(title);
    const { name, worker } = await newWorker('扫码工人');
    const link = signinLinkPath(eventId, qrToken(key, eventId, codeWindowAt(Date.now())));

    const { page, context } = await newPhone(browser());
    await loginByName(page, name);
    await page.getByText(title).waitFor();
    await page.goto(link);
    await page.getByText('签到成功').waitFor();
    await expectAccessible(page, 'signin');
    await screenshot(page, 'signin-done');

    const attendance = await secretary.call('GET', `/api/events/${eventId}/attendance`);
    expect(attendance.body.people.find((p: { userId: string }) => p.userId === worker.userId)).toMatchObject({ status: 'present', method: 'qr', offline: false });
    // Opening the same link again says so, and makes no second record.
    await page.reload();
    await page.getByText('您已签到过').waitFor();
    await context.close();
  });

  it('keeps a sign-in made with no network and uploads it once when the network returns', async () => {
    const title = uniqueName('离线班前会');
    const { eventId, key, secretary } = await openEvent(title);
    const { name, worker } = await newWorker('没信号的工人');

    const { page, context } = await newPhone(browser());
    await loginByName(page, name, '/pages/checkin/index');
    await page.getByText(title).waitFor();
    await context.setOffline(true);
    await page.locator(`#digits-${eventId} input`).fill(digitsCode(key, eventId, codeWindowAt(Date.now())));
    await page.locator('.checkin-event', { hasText: title }).getByRole('button', { name: '数字码签到' }).click();
    await page.getByText('待上传 1 条签到').waitFor();
    await screenshot(page, 'checkin-pending');
    const before = await secretary.call('GET', `/api/events/${eventId}/attendance`);
    expect(before.body.people.find((p: { userId: string }) => p.userId === worker.userId).status).toBe('absent');

    await context.setOffline(false);
    await expect.poll(async () => (await secretary.call('GET', `/api/events/${eventId}/attendance`)).body.people.find((p: { userId: string }) => p.userId === worker.userId).status, { timeout: 15_000 }).toBe('present');
    const after = await secretary.call('GET', `/api/events/${eventId}/attendance`);
    expect(after.body.people.find((p: { userId: string }) => p.userId === worker.userId)).toMatchObject({ method: 'digits', offline: true });
    expect(after.body.present).toBe(1);
    await page.getByText('待上传 1 条签到').waitFor({ state: 'detached' });
    await context.close();
  });
});
