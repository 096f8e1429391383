/**
 * WeChat's side of a notice: the access token from the stable-token endpoint (kept in D1 until
 * shortly before it ends, so isolates share one and WeChat's daily token quota is not spent), and
 * `subscribeMessage.send`, whose answer is sorted into what to do next. Tests mock only these URLs.
 */
import { first, sql } from '../db/sql';

export const STABLE_TOKEN_URL = 'https://api.weixin.qq.com/cgi-bin/stable_token';
export const SUBSCRIBE_SEND_URL = 'https://api.weixin.qq.com/cgi-bin/message/subscribe/send';

/** A token is renewed this long before WeChat says it ends, so none is used at its last second. */
const TOKEN_MARGIN_MS = 5 * 60_000;

export interface WechatApp {
  appId: string;
  secret: string;
}

export async function accessToken(d1: D1Database, app: WechatApp, now: number, renew = false): Promise<string> {
  if (!renew) {
    const kept = await first<{ accessToken: string; expiresAt: number }>(
      sql(d1, 'SELECT access_token, expires_at FROM wechat_tokens WHERE app_id = :appId', { appId: app.appId }),
    );
    if (kept && kept.expiresAt - TOKEN_MARGIN_MS > now) return kept.accessToken;
  }
  let response: Response;
  try {
    response = await fetch(STABLE_TOKEN_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // force_refresh only when WeChat said the token we had is no longer valid.
      body: JSON.stringify({ grant_type: 'client_credential', appid: app.appId, secret: app.secret, force_refresh: renew }),
      signal: AbortSignal.timeout(5000),
    });
  } catch {
    throw new WechatRefusal('network');
  }
  const reply = (await response.json().catch(() => ({}))) as { access_token?: string; expires_in?: number; errcode?: number };
  if (!response.ok || !reply.access_token || !reply.expires_in) throw new WechatRefusal(String(reply.errcode ?? `http_${response.status}`));
  await sql(
    d1,
    `INSERT INTO wechat_tokens (app_id, access_token, expires_at) VALUES (:appId, :token, :expiresAt)
     ON CONFLICT (app_id) DO UPDATE SET access_token = excluded.access_token, expires_at = excluded.expires_at`,
    { appId: app.appId, token: reply.access_token, expiresAt: now + reply.expires_in * 1000 },
  ).run();
  return reply.access_token;
}

/** WeChat could not be asked, or said no; `code` is its errcode, `http_NNN` or `network`. */
export class WechatRefusal extends Error {
  constructor(readonly code: string) {
    super(`WeChat refused: ${code}`);
  }
}

/**
 * What an answer of `subscribeMessage.send` means for the message: sent; never to be retried (the
 * person withdrew consent or the openid is not theirs; our template or fields are wrong); retried
 * later (rate limits, system busy, no answer); or retried at once with a new token.
 */
export type SendOutcome = 'sent' | 'refused' | 'failed' | 'retry' | 'renew_token';

export function outcomeOf(code: string): SendOutcome {
  switch (code) {
    case '0':
      return 'sent';
    case '43101': // the person refused, withdrew consent, or has no subscription left
    case '40003': // invalid openid
      return 'refused';
    case '40037': // invalid template_id
    case '47003': // template fields invalid
    case '41030': // invalid page
      return 'failed';
    case '40001': // invalid access token
    case '40014':
    case '42001': // access token expired
      return 'renew_token';
    default: // -1 system busy, 45009 / 45011 limits, http_5xx, network: may pass later
      return 'retry';
  }
}

export interface SubscribeMessage {
  touser: string;
  template_id: string;
  page: string;
  data: Record<string, { value: string }>;
}

/** Sends one message; answers WeChat's errcode as text ('0' when sent). */
export async function sendSubscribeMessage(token: string, message: SubscribeMessage): Promise<string> {
  try {
    const url = `${SUBSCRIBE_SEND_URL}?access_token=${encodeURIComponent(token)}`;
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ...message, miniprogram_state: 'formal', lang: 'zh_CN' }),
      signal: AbortSignal.timeout(5000),
    });
    if (!response.ok) return `http_${response.status}`;
    const reply = (await response.json()) as { errcode?: number };
    return String(reply.errcode ?? 0);
  } catch {
    return 'network';
  }
}
