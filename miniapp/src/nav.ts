import { DESKTOP_LOGIN_PAGE } from '@sitebranch/shared';
import Taro from '@tarojs/taro';

/** The five tab pages: reached with `switchTab`, never with `navigateTo`. */
export const TAB_PAGES = ['/pages/home/index', '/pages/checkin/index', '/pages/contest/index', '/pages/feedback/index', '/pages/me/index'];

export const PAGES = {
  home: '/pages/home/index',
  checkin: '/pages/checkin/index',
  me: '/pages/me/index',
  login: '/pages/login/index',
  join: '/pages/join/index',
  profile: '/pages/profile/index',
  event: '/pages/event/index',
  myCode: '/pages/my-code/index',
  myAttendance: '/pages/my-attendance/index',
  contest: '/pages/contest/index',
  attempt: '/pages/attempt/index',
  contestResult: '/pages/contest-result/index',
  leaderboard: '/pages/leaderboard/index',
  review: '/pages/review/index',
  practice: '/pages/practice/index',
  feedbackDetail: '/pages/feedback-detail/index',
  feedbackReceipt: '/pages/feedback-receipt/index',
  myFeedback: '/pages/my-feedback/index',
  desktopLogin: DESKTOP_LOGIN_PAGE,
  devices: '/pages/devices/index',
  notices: '/pages/notices/index',
  members: '/organizer/members/index',
  invites: '/organizer/invites/index',
  eventEdit: '/organizer/event-edit/index',
  eventDisplay: '/organizer/event-display/index',
  attendance: '/organizer/attendance/index',
  banks: '/organizer/question-banks/index',
  bank: '/organizer/bank-edit/index',
  contestEdit: '/organizer/contest-edit/index',
  contestAnalysis: '/organizer/contest-analysis/index',
  feedbackInbox: '/organizer/feedback-inbox/index',
  calendar: '/organizer/calendar/index',
  integrityReports: '/organizer/integrity-reports/index',
  disciplineContacts: '/organizer/discipline-contacts/index',
  results: '/organizer/results/index',
  regionConsole: '/organizer/region/index',
} as const;

/**
 * The page on screen now, with its query, to come back to after logging in. Read from the URL
 * (H5) or the page stack (weapp): Taro's current-instance router is not set yet while the
 * first page of a launch renders, which is exactly when a missing session is noticed.
 */
export function currentPageUrl(): string {
  let path: string;
  let params: Record<string, unknown>;
  if (process.env.TARO_ENV === 'h5') {
    path = window.location.pathname;
    params = Object.fromEntries(new URLSearchParams(window.location.search));
  } else {
    const pages = Taro.getCurrentPages();
    const page = pages[pages.length - 1];
    path = page ? `/${page.route}` : PAGES.home;
    params = page?.options ?? {};
  }
  if (path === '/' || path === '') path = PAGES.home;
  const query = Object.entries(params)
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

/** The login page that brings the person back to `wanted` afterwards; null when `wanted` is the login page. */
export function loginPageFor(wanted: string): string | null {
  return wanted.startsWith(PAGES.login) ? null : `${PAGES.login}?returnTo=${encodeURIComponent(wanted)}`;
}

/** After logging in: back to where the person was going, from a clean page stack. */
export function returnTo(url: string | undefined): void {
  const target = url && !url.startsWith(PAGES.login) ? url : PAGES.home;
  const path = target.split('?')[0]!;
  if (TAB_PAGES.includes(path)) void Taro.switchTab({ url: path });
  else void Taro.reLaunch({ url: target });
}

/**
 * A link into the app that a QR code can carry: the H5 app's own origin, or for weapp the domain
 * configured as its API base (the same worker serves both), which WeChat maps to the mini program.
 */
export function appLink(pathWithQuery: string): string {
  const origin = process.env.TARO_ENV === 'h5' ? window.location.origin : SITEBRANCH_API_BASE;
  return `${origin}${pathWithQuery}`;
}
