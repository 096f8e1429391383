/** The stand-in for WeChat's login server (jscode2session), the one outbound call tests mock. */
import { vi } from 'vitest';
import { JSCODE2SESSION_URL } from '../src/auth/wechat';
import { STABLE_TOKEN_URL, SUBSCRIBE_SEND_URL } from '../src/notices/wechat-send';

/**
 * Stands in for WeChat's servers, which tests cannot reach: the only mock in the suite.
 * Other outbound requests go through untouched. Undo with `vi.restoreAllMocks()`.
 */
export function mockWechat(reply: (url: URL) => Response | Promise<Response>) {
  const realFetch = globalThis.fetch;
  return vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin + url.pathname === JSCODE2SESSION_URL) return reply(url);
    return realFetch(input, init);
  });
}

/** What WeChat's notice endpoints were asked, for the tests' checks. */
export interface WechatApiCalls {
  tokens: { force_refresh?: boolean }[];
  sends: { touser: string; template_id: string; page: string; data: Record<string, { value: string }> }[];
}

/**
 * Stands in for WeChat's stable-token and subscribeMessage.send endpoints. `send` answers each
 * message (default: sent); `token` the token request (default: a token good for 2 hours).
 */
export function mockWechatApi(
  options: { send?: (message: WechatApiCalls['sends'][number]) => object; token?: (call: number) => Response | object } = {},
): WechatApiCalls {
  const calls: WechatApiCalls = { tokens: [], sends: [] };
  const realFetch = globalThis.fetch;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    const body = init?.body ? JSON.parse(String(init.body)) : {};
    if (url.origin + url.pathname === STABLE_TOKEN_URL) {
      calls.tokens.push(body);
      const answer = options.token?.(calls.tokens.length) ?? { access_token: `token-${calls.tokens.length}`, expires_in: 7200 };
      return answer instanceof Response ? answer : Response.json(answer);
    }
    if (url.origin + url.pathname === SUBSCRIBE_SEND_URL) {
      calls.sends.push(body);
      return Response.json(options.send?.(body) ?? { errcode: 0, errmsg: 'ok' });
    }
    return realFetch(input, init);
  });
  return calls;
}
