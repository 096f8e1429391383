import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { StateView } from './state-view';

describe('StateView', () => {
  it('shows loading while loading, and nothing of the content', () => {
    render(<StateView loading>内容</StateView>);
    expect(screen.getByText('正在加载…')).toBeTruthy();
    expect(screen.queryByText('内容')).toBeNull();
  });

  it('shows the error message with a retry that calls back', () => {
    const onRetry = vi.fn();
    render(<StateView error={{ message: '网络不给力，请检查网络后重试' }} onRetry={onRetry} />);
    expect(screen.getByText('加载失败')).toBeTruthy();
    expect(screen.getByText('网络不给力，请检查网络后重试')).toBeTruthy();
    fireEvent.click(screen.getByText('重新加载'));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows the empty state with its hint and action', () => {
    render(<StateView empty emptyTitle="还没有邀请码" emptyHint="点上面的按钮生成一个。" emptyAction={<span>去生成</span>} />);
    expect(screen.getByText('还没有邀请码')).toBeTruthy();
    expect(screen.getByText('点上面的按钮生成一个。')).toBeTruthy();
    expect(screen.getByText('去生成')).toBeTruthy();
  });

  it('shows the content otherwise', () => {
    render(<StateView empty={false}>花名册</StateView>);
    expect(screen.getByText('花名册')).toBeTruthy();
  });
});
