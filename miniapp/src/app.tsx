import Taro, { useDidShow } from '@tarojs/taro';
import { useEffect, type PropsWithChildren } from 'react';
import { loadSession } from './api/session-store';
import { flushPendingCheckins } from './checkin/check-in';
import { AppStateProvider } from './state/app-state';
import './app.css';
import './desktop.css';

/** Sends scans queued offline, if there are any and someone is logged in. */
function sendQueuedScans() {
  if (loadSession()) void flushPendingCheckins();
}

/** The app shell: pages render as its children, all sharing the app state. */
export default function App({ children }: PropsWithChildren) {
  // Queued scans go out when the app is shown again and when the network comes back.
  useDidShow(sendQueuedScans);
  useEffect(() => {
    const onChange = ({ isConnected }: { isConnected: boolean }) => isConnected && sendQueuedScans();
    Taro.onNetworkStatusChange(onChange);
    return () => Taro.offNetworkStatusChange(onChange);
  }, []);
  return <AppStateProvider>{children}</AppStateProvider>;
}
