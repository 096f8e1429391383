import type { LoginResult } from '@sitebranch/shared';
import Taro from '@tarojs/taro';
import { currentPageUrl, loginPageFor } from '../nav';
import { api, onSessionLost } from './client';
import { clearSession, loadSession, saveSession } from './session-store';
import { routes } from './routes';

/** The development login exists only in local H5 builds (the worker refuses it unless enabled too). */
export const devLoginAvailable = process.env.TARO_ENV === 'h5' && SITEBRANCH_DEV_LOGIN === 'on';

/** Keeps the session a login gave: WeChat's, the development login's, or a computer's by 扫码登录. */
export function keepLogin(result: LoginResult): void {
  saveSession({ token: result.token, expiresAt: result.expiresAt, sessionEndsAt: result.sessionEndsAt, userId: result.user.id });
}

/** WeChat: `Taro.login` gives a one-time code; the worker exchanges it for our own session. */
export async function loginWithWechat(): Promise<void> {
  const { code } = await Taro.login();
  keepLogin(await api(routes.wechatLogin, { body: { code } }, { toast: false }));
}

export async function loginAsDevPerson(name: string) {
  const result = await api(routes.devLogin, { body: { name } });
  keepLogin(result);
  return result;
}

let sendingToLogin = false;

/** Sends the person to log in, remembering the page they wanted. */
export function goToLogin(): void {
  const login = loginPageFor(currentPageUrl());
  if (sendingToLogin || !login) return;
  sendingToLogin = true;
  void Taro.reLaunch({ url: login }).finally(() => {
    sendingToLogin = false;
  });
}

/**
 * Makes sure there is a session: on weapp a silent WeChat login, elsewhere the login page.
 * Returns false when the person was sent away to log in.
 */
export async function ensureSession(): Promise<boolean> {
  if (loadSession()) return true;
  if (process.env.TARO_ENV === 'weapp') {
    try {
      await loginWithWechat();
      return true;
    } catch {
      // Fall through to the login page, which offers a retry.
    }
  }
  goToLogin();
  return false;
}

onSessionLost(goToLogin);

/**
 * 退出登录: the server revokes the session first, so a copy of the token is useless from then on;
 * then the phone forgets it. Without a network the phone forgets it all the same.
 */
export async function logOut(): Promise<void> {
  if (loadSession()) await api(routes.logout, {}, { toast: false }).catch(() => undefined);
  clearSession();
}
