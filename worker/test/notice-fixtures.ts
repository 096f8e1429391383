/** For the notices' tests: a worker configured for WeChat, an event made through the API, 提醒我 and consent. */
import { env } from 'cloudflare:workers';
import type { Env } from '../src/env';
import { call } from './call-worker';
import type { Person } from './people';
import type { World } from './world';

/**
 * The bindings of a deploy with WeChat's app and every template configured; each call its own app
 * id, so the access token one test keeps in D1 is not another test's.
 */
export const wechatEnv = (): Env => ({
  ...(env as unknown as Env),
  WECHAT_APPID: `wx-test-${crypto.randomUUID().slice(0, 8)}`,
  WECHAT_SECRET: 'test-app-secret',
  WECHAT_TEMPLATE_EVENT: 'tmpl-event',
  WECHAT_TEMPLATE_FEEDBACK: 'tmpl-feedback',
  WECHAT_TEMPLATE_LEAVE: 'tmpl-leave',
  WECHAT_TEMPLATE_ORGANIZER: 'tmpl-organizer',
  WECHAT_TEMPLATE_CONTEST: 'tmpl-contest',
});

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** A published event made by the secretary through the API; its id. */
export async function eventStartingAt(world: World, startsAt: number, extra: object = {}): Promise<string> {
  const res = await call('POST', `/api/branches/${world.branchId}/events`, {
    token: world.people.secretary.token,
    body: { kind: 'training', title: '早班班前会', placeName: '3号楼下', startsAt, endsAt: startsAt + HOUR, ...extra },
  });
  if (res.status !== 201) throw new Error(`event not made: ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export async function watch(person: Person, eventId: string) {
  const res = await call('PUT', `/api/events/${eventId}/watch`, { token: person.token });
  if (res.status !== 200) throw new Error(`not watching: ${JSON.stringify(res.body)}`);
}

/** The person agreed to the template `times` times (WeChat's one-time consents). */
export async function consent(person: Person, template: string, times = 1) {
  for (let i = 0; i < times; i++)
    await call('POST', '/api/me/subscriptions', { token: person.token, body: { accepted: [template], refused: [] } });
}

export async function noticesOf(person: Person) {
  const { results } = await env.DB.prepare('SELECT * FROM notices WHERE user_id = ?1 ORDER BY created_at, kind').bind(person.id).all();
  return results as Record<string, unknown>[];
}

export const openidOf = async (person: Person) =>
  (await env.DB.prepare('SELECT openid FROM users WHERE id = ?1').bind(person.id).first<string>('openid'))!;
