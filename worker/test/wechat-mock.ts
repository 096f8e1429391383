/** The stand-in for WeChat's login server (jscode2session), the one outbound call tests mock. */
import { vi } from 'vitest';
import { JSCODE2SESSION_URL } from '../src/auth/wechat';

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
