/**
 * Sending to WeChat: each of its answers recorded per message, retried only when retrying can
 * help and at most MAX_SEND_ATTEMPTS times, a new token when WeChat says the old one is no good,
 * the quiet hours holding what can wait; with WeChat's server the only thing mocked.
 */
import { env } from 'cloudflare:workers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { consent, HOUR, makePerson, MINUTE, mockWechatApi, noticesOf, openidOf, type Person, wechatEnv } from '../../test/fixtures';
import { MAX_SEND_ATTEMPTS, sendDueNotices } from './dispatch';
import { runNoticeCron } from './cron';

afterEach(() => vi.restoreAllMocks());

/** A notice waiting to go to WeChat, as the writers leave it. */
async function pendingNotice(person: Person, dueAt: number, kind = 'feedback_reply') {
  const id = `n${crypto.randomUUID().replaceAll('-', '').slice(0, 20)}`;
  await env.DB.prepare(
    `INSERT INTO notices (id, user_id, kind, title, body, link, ref_key, created_at, send_state, send_due_at, wechat_data)
     VALUES (?1, ?2, ?3, '您的反馈有新回复', '已安排整改', '/pages/feedback-detail/index?id=f1', ?1, ?4, 'pending', ?4, ?5)`,
  )
    .bind(id, person.id, kind, dueAt, JSON.stringify({ thing1: { value: '塔吊下方未设警戒区' } }))
    .run();
  return id;
}

const stateOf = (id: string) => env.DB.prepare('SELECT * FROM notices WHERE id = ?1').bind(id).first<Record<string, unknown>>();
const creditsOf = (person: Person, template: string) =>
  env.DB.prepare('SELECT credits FROM subscriptions WHERE user_id = ?1 AND template = ?2')
    .bind(person.id, template)
    .first<number>('credits');

describe('sending a notice to WeChat', () => {
  it('records each refusal, and retries only what may pass later', async () => {
    const wx = wechatEnv();
    const now = Date.now();
    const people: Record<string, Person> = {};
    const answers: Record<string, number> = { withdrew: 43101, notTheirs: 40003, badFields: 47003, busy: -1, sent: 0 };
    for (const name of Object.keys(answers)) {
      people[name] = await makePerson(`发送-${name}`);
      await consent(people[name], 'feedback', 2);
    }
    const openids = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([name, p]) => [await openidOf(p), name])));
    const wechat = mockWechatApi({ send: (m) => ({ errcode: answers[openids[m.touser]!] }) });
    const ids = Object.fromEntries(await Promise.all(Object.entries(people).map(async ([name, p]) => [name, await pendingNotice(p, now)])));

    const tally = await sendDueNotices(wx, now);
    expect(tally).toEqual({ sent: 1, refused: 2, failed: 1, retried: 1, noConsent: 0 });
    expect(await stateOf(ids.sent!)).toMatchObject({ send_state: 'sent', sent_at: now });
    expect(await creditsOf(people.sent!, 'feedback')).toBe(1);
    // Withdrawn consent: recorded, the consents forgotten, never retried.
    expect(await stateOf(ids.withdrew!)).toMatchObject({ send_state: 'refused', send_error: '43101' });
    expect(await creditsOf(people.withdrew!, 'feedback')).toBe(0);
    expect(await stateOf(ids.notTheirs!)).toMatchObject({ send_state: 'refused', send_error: '40003' });
    expect(await stateOf(ids.badFields!)).toMatchObject({ send_state: 'failed', send_error: '47003' });
    // System busy: tried again a minute later, up to the limit, then given up.
    expect(await stateOf(ids.busy!)).toMatchObject({
      send_state: 'pending',
      send_error: '-1',
      send_attempts: 1,
      send_due_at: now + MINUTE,
    });
    expect(wechat.sends).toHaveLength(5);
    await sendDueNotices(wx, now + 30_000);
    expect(wechat.sends).toHaveLength(5);
    for (let run = 1; run < MAX_SEND_ATTEMPTS; run++) await sendDueNotices(wx, now + run * 2 * HOUR);
    expect(await stateOf(ids.busy!)).toMatchObject({ send_state: 'failed', send_attempts: MAX_SEND_ATTEMPTS });
    expect(wechat.sends).toHaveLength(5 + MAX_SEND_ATTEMPTS - 1);
    await sendDueNotices(wx, now + 24 * HOUR);
    expect(wechat.sends).toHaveLength(5 + MAX_SEND_ATTEMPTS - 1);
  });

  it('asks for a new token when WeChat says the old one expired, and keeps one token otherwise', async () => {
    const wx = wechatEnv();
    const now = Date.now();
    const person = await makePerson('换令牌的工友');
    await consent(person, 'feedback', 3);
    let answers = 0;
    // The first answer says the token expired; the rest are sent.
    const wechat = mockWechatApi({ send: () => ({ errcode: answers++ === 0 ? 42001 : 0 }) });
    const first = await pendingNotice(person, now);
    await sendDueNotices(wx, now);
    expect(await stateOf(first)).toMatchObject({ send_state: 'sent' });
    expect(wechat.tokens.map((t) => t.force_refresh)).toEqual([false, true]);
    await pendingNotice(person, now + MINUTE);
    await sendDueNotices(wx, now + MINUTE);
    expect(wechat.tokens).toHaveLength(2);
    // Shortly before the token ends a new one is fetched.
    await pendingNotice(person, now + 2 * HOUR - 4 * MINUTE);
    await sendDueNotices(wx, now + 2 * HOUR - 4 * MINUTE);
    expect(wechat.tokens).toHaveLength(3);
  });

  it('keeps a notice in the list only, without consent or on a development login', async () => {
    const wx = wechatEnv();
    const now = Date.now();
    const person = await makePerson('没同意的工友');
    const wechat = mockWechatApi();
    const id = await pendingNotice(person, now);
    expect(await sendDueNotices(wx, now)).toMatchObject({ noConsent: 1, sent: 0 });
    expect(await stateOf(id)).toMatchObject({ send_state: 'no_consent' });
    expect(wechat.sends).toHaveLength(0);
  });

  it('lets everything claimed wait for the next run when WeChat gives no token', async () => {
    const wx = wechatEnv();
    const now = Date.now();
    const person = await makePerson('等令牌的工友');
    await consent(person, 'feedback');
    mockWechatApi({ token: () => new Response('busy', { status: 503 }) });
    const id = await pendingNotice(person, now);
    expect(await sendDueNotices(wx, now)).toMatchObject({ retried: 1 });
    expect(await stateOf(id)).toMatchObject({ send_state: 'pending', send_error: 'http_503' });
  });

  it('never sends twice a message whose run died mid-send: it is marked unknown', async () => {
    const wx = wechatEnv();
    const now = Date.now();
    const person = await makePerson('中断的工友');
    await consent(person, 'feedback');
    const id = await pendingNotice(person, now);
    await env.DB.prepare(`UPDATE notices SET send_state = 'sending', send_due_at = ?2 WHERE id = ?1`).bind(id, now).run();
    const wechat = mockWechatApi();
    await runNoticeCron(wx, now + 11 * MINUTE);
    expect(await stateOf(id)).toMatchObject({ send_state: 'unknown' });
    const openid = await openidOf(person);
    expect(wechat.sends.filter((m) => m.touser === openid)).toHaveLength(0);
    expect(await noticesOf(person)).toHaveLength(1);
  });
});
