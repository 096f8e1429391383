/**
 * The unread count of 消息: fetched when the app or a page comes back into view and after reading,
 * shown as the badge on the 我的 tab and beside 消息 in 我的.
 */
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '../api/client';
import { routes } from '../api/routes';
import { loadSession } from '../api/session-store';

/** 我的 is the fifth tab. */
const ME_TAB = 4;
let unread = 0;
const listeners = new Set<(n: number) => void>();

export function setUnread(count: number): void {
  unread = count;
  for (const listener of listeners) listener(count);
  const badge =
    count > 0
      ? Taro.setTabBarBadge({ index: ME_TAB, text: count > 99 ? '99+' : String(count) })
      : Taro.removeTabBarBadge({ index: ME_TAB });
  // Not on a page with the tab bar (a subpage): the tab shows it when the person is back.
  void Promise.resolve(badge).catch(() => undefined);
}

export async function refreshUnread(): Promise<void> {
  if (!loadSession()) return;
  try {
    setUnread((await api(routes.countMyUnread, {}, { toast: false })).unread);
  } catch {
    // Offline: the badge keeps its last count.
  }
}

export function useUnread(): number {
  const [count, setCount] = useState(unread);
  useEffect(() => {
    listeners.add(setCount);
    return () => void listeners.delete(setCount);
  }, []);
  return count;
}
