import { codeWindowAt, digitsCode, qrToken, checkinLinkPath, wgs84ToGcj02 } from '@sitebranch/shared';
import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();

/** The secretary of the demo site publishes an event open for check-in now; returns its id and code key. */
async function openEvent(title: string, extra: object = {}) {
  const secretary = await apiAs('张建国');
  const now = Date.now();
  const created = await secretary.call('POST', '/api/branches/demo-site/events', {
    kind: 'training',
    title,
    placeName: '项目部会议室',
    startsAt: now + 5 * 60_000,
    endsAt: now + 65 * 60_000,
    ...extra,
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

/** The site the phones stand on, in WGS-84 as a browser reports it. */
const SITE = { latitude: 30.2741, longitude: 120.1551 };

/**
 * A worker standing at SITE opens 签到 while there is signal, then loses it and signs in with the
 * digits: the scan is queued. Returns the phone, still offline.
 */
async function queueOfflineScan(name: string, event: { eventId: string; key: string; title: string }) {
  const { page, context } = await newPhone(browser(), undefined, { geolocation: SITE });
  await loginByName(page, name, '/pages/checkin/index');
  await page.getByText(event.title).waitFor();
  await context.setOffline(true);
  await page.locator(`input#digits-${event.eventId}`).fill(digitsCode(event.key, event.eventId, codeWindowAt(Date.now())));
  await page.locator('.checkin-event', { hasText: event.title }).getByRole('button', { name: '数字码签到' }).click();
  await page.getByText('待上传 1 条签到').waitFor();
  return { page, context };
}

describe('checking in', () => {
  it('shows the event on 首页 and checks a worker in by opening the QR code’s link', async () => {
    const title = uniqueName('班前会');
    const { eventId, key, secretary } = await openEvent(title);
    const { name, worker } = await newWorker('扫码工人');
    const link = checkinLinkPath(eventId, qrToken(key, eventId, codeWindowAt(Date.now())));

    const { page, context } = await newPhone(browser());
    await loginByName(page, name);
    await page.getByText(title).waitFor();
    await page.goto(link);
    await page.getByText('签到成功').waitFor();
    await expectAccessible(page, 'checkin');
    await screenshot(page, 'checkin-done');

    const attendance = await secretary.call('GET', `/api/events/${eventId}/attendance`);
    expect(attendance.body.people.find((p: { userId: string }) => p.userId === worker.userId)).toMatchObject({
      status: 'present',
      method: 'qr',
      offline: false,
    });
    // Opening the same link again says so, and makes no second record.
    await page.reload();
    await page.getByText('您已签到过').waitFor();
    await context.close();
  });

  it('keeps a check-in made with no network, uploads it once when the network returns, and counts it once an organizer confirms it', async () => {
    const title = uniqueName('离线班前会');
    const { eventId, key, secretary } = await openEvent(title);
    const { name, worker } = await newWorker('没信号的工人');
    const standing = async () =>
      (await secretary.call('GET', `/api/events/${eventId}/attendance`)).body.people.find(
        (p: { userId: string }) => p.userId === worker.userId,
      );

    const { page, context } = await newPhone(browser());
    await loginByName(page, name, '/pages/checkin/index');
    await page.getByText(title).waitFor();
    await context.setOffline(true);
    await page.locator(`input#digits-${eventId}`).fill(digitsCode(key, eventId, codeWindowAt(Date.now())));
    await page.locator('.checkin-event', { hasText: title }).getByRole('button', { name: '数字码签到' }).click();
    await page.getByText('待上传 1 条签到').waitFor();
    await screenshot(page, 'checkin-pending');
    expect((await standing()).status).toBe('absent');

    // Uploaded when the network returns: a claim, waiting for an organizer.
    await context.setOffline(false);
    await expect.poll(async () => (await standing()).status, { timeout: 15_000 }).toBe('pending');
    expect(await standing()).toMatchObject({ method: 'digits', offline: true, checkinStatus: 'pending' });
    await page.getByText('待上传 1 条签到').waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('.checkin-event', { hasText: title }).getByText('待组织者确认').waitFor();

    // The secretary confirms it on the attendance page; then it counts.
    const organizer = await newPhone(browser());
    await loginByName(organizer.page, '张建国', `/organizer/attendance/index?id=${eventId}`);
    await organizer.page.getByText('离线待确认 1 人').waitFor();
    await organizer.page.getByRole('tab', { name: '待确认 1' }).click();
    const row = organizer.page.locator('.attendance__person', { hasText: name });
    await expectAccessible(organizer.page, 'attendance-offline');
    await screenshot(organizer.page, 'attendance-offline');
    await row.getByRole('button', { name: '确认', exact: true }).click();
    await expect.poll(async () => (await standing()).status).toBe('present');
    expect((await secretary.call('GET', `/api/events/${eventId}/attendance`)).body.present).toBe(1);
    await page.reload();
    await page
      .locator('.checkin-event', { hasText: title })
      .getByText(/已签到 .* · 离线签到/)
      .waitFor();
    await organizer.context.close();
    await context.close();
  });

  it('keeps the location read at an offline scan for a fenced event, and stores the check-in when the network is back', async () => {
    // The phone stands on the site: the fence is drawn around where it is (GCJ-02, as the app converts).
    const centre = wgs84ToGcj02({ lat: SITE.latitude, lng: SITE.longitude });
    const title = uniqueName('有围栏的班前会');
    const { eventId, key, secretary } = await openEvent(title, { geofence: { lat: centre.lat, lng: centre.lng, radiusM: 200 } });
    const { name, worker } = await newWorker('围栏内的工人');

    const { page, context } = await queueOfflineScan(name, { eventId, key, title });
    await page.getByText('已记下位置').waitFor();
    await context.setOffline(false);
    await expect
      .poll(
        async () =>
          (await secretary.call('GET', `/api/events/${eventId}/attendance`)).body.people.find(
            (p: { userId: string }) => p.userId === worker.userId,
          )?.checkinStatus,
        { timeout: 15_000 },
      )
      .toBe('pending');
    await page.getByText('待上传 1 条签到').waitFor({ state: 'detached' });
    await context.close();
  });

  it('keeps a queued scan the server refuses on the phone, with the reason, until the person dismisses it', async () => {
    const far = wgs84ToGcj02({ lat: SITE.latitude + 0.01, lng: SITE.longitude });
    const title = uniqueName('围栏外的班前会');
    const { eventId, key } = await openEvent(title, { geofence: { lat: far.lat, lng: far.lng, radiusM: 200 } });
    const { name } = await newWorker('围栏外的工人');

    const { page, context } = await queueOfflineScan(name, { eventId, key, title });
    await context.setOffline(false);
    const refused = page.getByRole('alert').filter({ hasText: '离线签到没有成功' });
    await refused.getByText(/不在活动地点范围内（约 1\d{3} 米，需在 200 米内）/).waitFor({ timeout: 15_000 });
    await screenshot(page, 'checkin-refused-offline');
    // Still there after a restart of the app.
    await page.reload();
    await refused.waitFor();
    await refused.getByRole('button', { name: '知道了，删除这条' }).click();
    await refused.waitFor({ state: 'detached' });
    await context.close();
  });
});
