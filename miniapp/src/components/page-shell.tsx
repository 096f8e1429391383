import { View } from '@tarojs/components';
import { useEffect, type ReactNode } from 'react';
import { useDesktop } from '../hooks/use-desktop';
import { useAppState } from '../state/app-state';
import { SideNav } from './side-nav';
import { StateView } from './state-view';

/**
 * Every page's outer frame: applies 关怀模式 (large text), and for pages that need a person,
 * loads them and shows loading or error states until they are known. On a computer it puts the
 * side navigation beside the page (`sideNav={false}` for a page that fills the screen, e.g. a projector).
 */
export function PageShell({
  children,
  requireLogin = true,
  sideNav = true,
}: {
  children: ReactNode;
  requireLogin?: boolean;
  sideNav?: boolean;
}) {
  const { me, loading, error, awaitingLogin, reload, careMode } = useAppState();
  const desktop = useDesktop();
  useKeyboardScrollablePages();

  useEffect(() => {
    if (requireLogin && !me && !loading && !error && !awaitingLogin) void reload();
  }, [requireLogin, me, loading, error, awaitingLogin, reload]);

  const body = !requireLogin ? (
    children
  ) : (
    <StateView loading={!me && (loading || !error)} error={me ? null : error} onRetry={() => void reload()}>
      {me && children}
    </StateView>
  );
  const page = <View className={careMode ? 'sb-page sb-care' : 'sb-page'}>{body}</View>;
  if (!desktop || !sideNav || !me) return page;
  return (
    <View className={careMode ? 'sb-desktop sb-care' : 'sb-desktop'}>
      <SideNav />
      {page}
    </View>
  );
}

/**
 * On H5, Taro scrolls each page inside its own container; a scrollable region must be reachable
 * by keyboard (WCAG 2.1.1), so make the page containers focusable.
 */
function useKeyboardScrollablePages(): void {
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5') return;
    for (const page of document.querySelectorAll('.taro_page:not([tabindex])')) page.setAttribute('tabindex', '0');
  });
}
