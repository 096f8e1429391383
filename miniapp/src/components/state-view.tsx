import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import { Button, Loading } from './ui';
import './state-view.css';

export interface StateViewProps {
  loading?: boolean;
  error?: { message: string } | null;
  /** Shown when not loading, no error, and `empty` is true. */
  empty?: boolean;
  emptyTitle?: string;
  emptyHint?: string;
  emptyAction?: ReactNode;
  onRetry?: () => void;
  children?: ReactNode;
}

/** Loading, error (with retry) and empty states for any list or panel, or its content. */
export function StateView({ loading, error, empty, emptyTitle = '暂无内容', emptyHint, emptyAction, onRetry, children }: StateViewProps) {
  if (loading) {
    return (
      <View className="sb-state" role="status" aria-live="polite">
        <Loading type="circular" />
        <Text className="sb-state__title">正在加载…</Text>
      </View>
    );
  }
  if (error) {
    return (
      <View className="sb-state sb-state--error" role="alert">
        <Text className="sb-state__title">加载失败</Text>
        <Text className="sb-state__hint">{error.message}</Text>
        {onRetry && (
          <Button className="sb-state__action" type="primary" fill="outline" onClick={onRetry}>
            重新加载
          </Button>
        )}
      </View>
    );
  }
  if (empty) {
    return (
      <View className="sb-state">
        <Text className="sb-state__title">{emptyTitle}</Text>
        {emptyHint && <Text className="sb-state__hint">{emptyHint}</Text>}
        {emptyAction}
      </View>
    );
  }
  return <>{children}</>;
}
