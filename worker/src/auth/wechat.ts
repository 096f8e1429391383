/**
 * WeChat's `jscode2session`: the one outbound call of the worker, and the only thing tests mock.
 * The `session_key` it returns is dropped here and never stored or sent on.
 */
import { ApiError } from '../http/errors';

export const JSCODE2SESSION_URL = 'https://api.weixin.qq.com/sns/jscode2session';

interface Code2SessionReply {
  openid?: string;
  session_key?: string;
  unionid?: string;
  errcode?: number;
  errmsg?: string;
}

/** WeChat error codes that are the caller's fault, and what they mean for the person. */
function refusal(errcode: number): ApiError {
  switch (errcode) {
    case 40029: // invalid code
    case 40163: // code already used
      return new ApiError('wechat_code_invalid');
    case 45011: // API minute-quota reached
      return new ApiError('wechat_rate_limited');
    case 40226: // high-risk user blocked by WeChat
      return new ApiError('wechat_user_blocked');
    default: // -1 system busy, 40013 bad appid and anything new: WeChat cannot serve us now
      return new ApiError('wechat_unavailable', `微信登录服务暂不可用（${errcode}），请稍后再试`);
  }
}

/** Exchanges a `Taro.login` code for the person's openid. */
export async function exchangeWechatCode(
  appId: string | undefined,
  secret: string | undefined,
  code: string,
): Promise<{ openid: string; unionid?: string }> {
  if (!appId || !secret) throw new ApiError('misconfigured', '服务未配置微信小程序 AppID 或密钥');
  const url = new URL(JSCODE2SESSION_URL);
  url.search = new URLSearchParams({ appid: appId, secret, js_code: code, grant_type: 'authorization_code' }).toString();

  let reply: Code2SessionReply;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    reply = (await response.json()) as Code2SessionReply;
  } catch {
    throw new ApiError('wechat_unavailable');
  }
  if (reply.errcode) throw refusal(reply.errcode);
  if (!reply.openid) throw new ApiError('wechat_unavailable');
  return { openid: reply.openid, ...(reply.unionid && { unionid: reply.unionid }) };
}
