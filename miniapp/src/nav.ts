import Taro from '@tarojs/taro';

/** The five tab pages: reached with `switchTab`, never with `navigateTo`. */
export const TAB_PAGES = ['/pages/home/index', '/pages/checkin/index', '/pages/contest/index', '/pages/feedback/index', '/pages/me/index'];

export const PAGES = {
  home: '/pages/home/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  join: '/pages/join/index',
  profile: '/pages/profile/index',
  members: '/organizer/members/index',
  invites: '/organizer/invites/index',
} as const;

/** The page on screen now, with its query, to come back to after logging in. */
export function currentPageUrl(): string {
  const router = Taro.getCurrentInstance().router;
  if (!router) return PAGES.home;
  const path = router.path.split('?')[0] || PAGES.home;
  const query = Object.entries(router.params ?? {})
    .filter(([key, value]) => value !== undefined && !key.startsWith('$') && key !== 'stamp')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return query ? `${path}?${query}` : path;
}

/** Opens a page by URL, whether it is a tab or not. */
export function openPage(url: string, options: { replace?: boolean } = {}): void {
  const path = url.split('?')[0]!;
  if (TAB_PAGES.includes(path)) {
    void Taro.switchTab({ url: path });
  } else if (options.replace) {
    void Taro.redirectTo({ url });
  } else {
    void Taro.navigateTo({ url });
  }
}

/** After logging in: back to where the person was going, from a clean page stack. */
export function returnTo(url: string | undefined): void {
  const target = url && !url.startsWith(PAGES.login) ? url : PAGES.home;
  const path = target.split('?')[0]!;
  if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: path });
  else void Taro.reLaunch({ url: target });
}
