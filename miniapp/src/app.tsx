import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, type PropsWithChildren } from 'react';
import { loadSession } from './api/session-store';
import { flushPendingCheckins } from './checkin/check-in';
import { refreshUnread } from './notices/unread';
import { AppStateProvider } from './state/app-state';
import './app.css';
import './desktop.css';

/** Back in view or back online: sends scans queued offline (if someone is logged in), and brings the 消息 badge up to date. */
function catchUp() {
  if (loadSession()) void flushPendingCheckins();
  void refreshUnread();
}

/** The app shell: pages render as its children, all sharing the app state. */
export default function App({ children }: PropsWithChildren) {
  // Queued scans go out when the app is shown again and when the network comes back.
  useDidShow(catchUp);
  useEffect(() => {
    const onChange = ({ isConnected }: { isConnected: boolean }) => isConnected && catchUp();
    Taro.onNetworkStatusChange(onChange);
    return () => Taro.offNetworkStatusChange(onChange);
  }, []);
  return <AppStateProvider>{children}</AppStateProvider>;
}
