import { describe, expect, it } from 'vitest';
import { apiAs, expectAccessible, loginByName, newPhone, readQrCode, screenshot, uniqueName, browserForThisFile } from './browser';

const browser = browserForThisFile();
const MINUTE = 60_000;

/** The demo site's secretary publishes an event at the given times; returns its id. */
async function publishEvent(title: string, startsAt: number, endsAt: number, extra: object = {}) {
  const secretary = await apiAs('张建国');
  const created = await secretary.call('POST', '/api/branches/demo-site/events', {
    kind: 'party_lecture',
    audience: 'everyone',
    title,
    placeName: '项目部二楼',
    startsAt,
    endsAt,
    ...extra,
  });
  expect(created.status).toBe(201);
  return created.body.id as string;
}

/** A new worker of the demo site, joined with the demo invite code. */
async function newWorker(prefix: string) {
  const name = uniqueName(prefix);
  const api = await apiAs(name);
  expect((await api.call('POST', '/api/invites/JZGD8888/join')).status).toBe(200);
  return { name, api };
}

describe('leave (请假)', () => {
  it('is asked by a worker on the event page and approved by an organizer on the attendance page', async () => {
    const title = uniqueName('七月党课');
    const eventId = await publishEvent(title, Date.now() + 120 * MINUTE, Date.now() + 180 * MINUTE);
    const { name } = await newWorker('请假工友');

    const worker = await newPhone(browser());
    await loginByName(worker.page, name, `/pages/event/index?id=${eventId}`);
    await worker.page.getByText(title).waitFor();
    await worker.page.locator('input#leave-reason').fill('在外地工地支援，无法到场');
    await worker.page.getByRole('button', { name: '提交请假' }).click();
    await worker.page.getByText('我的状态：请假待审批').waitFor();
    await expectAccessible(worker.page, 'event-leave');
    await screenshot(worker.page, 'event-leave');

    const organizer = await newPhone(browser());
    await loginByName(organizer.page, '李红梅', `/organizer/attendance/index?id=${eventId}`);
    await organizer.page.getByRole('tab', { name: '请假 1 待批' }).click();
    const row = organizer.page.locator('.attendance__person', { hasText: name });
    await row.getByText('请假原因：在外地工地支援，无法到场（待审批）').waitFor();
    await row.getByRole('button', { name: '批准', exact: true }).click();
    await row.getByText('（已批准）').waitFor();
    await organizer.page.getByRole('tab', { name: '请假 1' }).waitFor();
    await expectAccessible(organizer.page, 'attendance-leave');
    await screenshot(organizer.page, 'attendance-leave');

    await worker.page.reload();
    await worker.page.getByText('我的状态：请假已批准').waitFor();
    await worker.context.close();
    await organizer.context.close();
  });
});

describe('make-up check-in (补签) and 我的出勤', () => {
  it('an organizer records a make-up with its reason after check-in closed; the member sees it in their history', async () => {
    const title = uniqueName('周例会');
    const now = Date.now();
    const eventId = await publishEvent(title, now - 180 * MINUTE, now - 120 * MINUTE);

    const organizer = await newPhone(browser());
    await loginByName(organizer.page, '李红梅', `/organizer/attendance/index?id=${eventId}`);
    await organizer.page.getByRole('tab', { name: /未到/ }).click();
    await organizer.page.getByText('签到已结束：确实到场的人可以补签，需写明原因。').waitFor();
    const row = organizer.page.locator('.attendance__person', { hasText: '赵磊' });
    await row.getByRole('button', { name: '补签' }).click();
    await row.locator('input').fill('手机没电，现场签了纸质表');
    await row.getByRole('button', { name: '确认补签' }).click();
    await organizer.page.getByRole('tab', { name: /已到/ }).click();
    await organizer.page
      .locator('.attendance__person', { hasText: '赵磊' })
      .getByText(/补签（手机没电，现场签了纸质表）/)
      .waitFor();
    await organizer.context.close();

    const member = await newPhone(browser());
    await loginByName(member.page, '赵磊', '/pages/my-attendance/index');
    await member.page.getByText(/^出勤率 \d+%$/).waitFor();
    const entry = member.page.locator('.my-attendance__item', { hasText: title });
    await entry.getByText(/已到 \d\d:\d\d 补签/).waitFor();
    await expectAccessible(member.page, 'my-attendance');
    await screenshot(member.page, 'my-attendance');
    const history = await (await apiAs('赵磊')).call('GET', '/api/branches/demo-site/attendance/me');
    expect(history.body.events.find((e: { eventId: string }) => e.eventId === eventId)).toMatchObject({
      status: 'present',
      method: 'makeup',
    });
    await member.context.close();
  });
});

describe('我的签到码 (personal code)', () => {
  it('is shown on the worker’s phone and checks them in when an organizer scans it', async () => {
    const eventId = await publishEvent(uniqueName('班前会'), Date.now() + 5 * MINUTE, Date.now() + 65 * MINUTE, { kind: 'training' });
    const { name, api } = await newWorker('个人码工友');

    const worker = await newPhone(browser());
    await loginByName(worker.page, name, '/pages/me/index');
    await worker.page.getByRole('button', { name: /我的签到码/ }).click();
    await worker.page.waitForURL(/\/pages\/my-code\/index/);
    await worker.page.getByText(/每分钟自动更新 · \d+ 秒后更新/).waitFor();
    // What a scanner reads from the phone's screen.
    const scanned = await readQrCode(worker.page, '#personal-qr img');
    expect(scanned).toMatch(new RegExp(`^SBP1\\.${api.userId}\\.\\d+\\.`));
    await expectAccessible(worker.page, 'my-code');
    await screenshot(worker.page, 'my-code');

    const organizer = await newPhone(browser());
    await loginByName(organizer.page, '李红梅', `/organizer/attendance/index?id=${eventId}`);
    await organizer.page.locator('input#personal-code').fill(scanned);
    await organizer.page.getByRole('button', { name: '按个人码签到' }).click();
    await organizer.page
      .locator('.attendance__person', { hasText: name })
      .getByText(/\d\d:\d\d 个人码/)
      .waitFor();

    const secretary = await apiAs('张建国');
    const attendance = await secretary.call('GET', `/api/events/${eventId}/attendance`);
    expect(attendance.body.people.find((p: { userId: string }) => p.userId === api.userId)).toMatchObject({
      status: 'present',
      method: 'personal_code',
    });
    // A forged code is refused with its message on the organizer's screen.
    await organizer.page.locator('input#personal-code').fill(scanned.replace(/\.[^.]+$/, '.AAAAAAAAAAAAAAAA'));
    await organizer.page.getByRole('button', { name: '按个人码签到' }).click();
    await organizer.page.getByText('个人签到码无效，请让对方重新打开“我的签到码”').waitFor();
    await worker.context.close();
    await organizer.context.close();
  });
});

describe('managing an event', () => {
  it('keeps a draft, edits it, publishes it, and cancels it', async () => {
    const title = uniqueName('主题党日');
    const organizer = await newPhone(browser());
    const { page } = organizer;
    await loginByName(page, '李红梅', '/organizer/event-edit/index');
    await page.locator('input#event-title').fill(title);
    await page.locator('input#event-place').fill('党建活动室');
    await page.locator('#event-description textarea').fill('重温入党誓词');
    await page.getByRole('button', { name: '存为草稿' }).click();
    await page.waitForURL(/\/pages\/event\/index\?id=/);
    const eventId = new URL(page.url()).searchParams.get('id')!;
    await page.getByText('草稿（成员看不到）').waitFor();
    const worker = await apiAs('马国富');
    expect((await worker.call('GET', `/api/events/${eventId}`)).status).toBe(404);

    await page.getByRole('button', { name: '修改活动' }).click();
    await page.waitForURL(/\/organizer\/event-edit\/index\?id=/);
    await expect.poll(() => page.locator('input#event-title').inputValue()).toBe(title);
    await page.locator('input#event-title').fill(`${title}（改）`);
    await page.getByRole('button', { name: '保存修改' }).click();
    await page.waitForURL(/\/pages\/event\/index\?id=/);
    await page.getByText(`${title}（改）`).waitFor();

    await page.getByRole('button', { name: '发布活动' }).click();
    await page.getByRole('button', { name: /显示签到码/ }).waitFor();
    expect((await worker.call('GET', `/api/events/${eventId}`)).body).toMatchObject({
      title: `${title}（改）`,
      status: 'published',
      description: '重温入党誓词',
    });
    await expectAccessible(page, 'event-detail-organizer');
    await screenshot(page, 'event-detail-organizer');

    await page.getByRole('button', { name: '取消活动' }).click();
    await page.locator('.taro__modal').getByText('取消活动', { exact: true }).last().click();
    await page.getByText('已取消', { exact: true }).waitFor();
    expect((await worker.call('GET', `/api/events/${eventId}`)).body.status).toBe('cancelled');
    await organizer.context.close();
  });
});
