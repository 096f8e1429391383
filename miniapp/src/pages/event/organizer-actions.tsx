import type { EventForMe } from '@sitebranch/shared';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { api } from '../../api/client';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import { routes } from '../../api/routes';

/** What an organizer can do with an event: show the code, see attendance, edit, publish a draft, cancel. */
export function OrganizerActions({ event, onChanged }: { event: EventForMe; onChanged(): void }) {
  const live = event.status === 'published';

  async function publish() {
    try {
      await api(routes.updateEvent, { params: { id: event.id }, body: { status: 'published' } });
      void Taro.showToast({ title: '已发布', icon: 'success' });
      onChanged();
    } catch {
      // Shown by the request module.
    }
  }

  async function cancel() {
    const { confirm } = await Taro.showModal({
      title: '取消活动',
      content: `确定取消“${event.title}”吗？已有的签到记录会保留，成员将看到活动已取消。`,
      confirmText: '取消活动',
      cancelText: '不取消',
      confirmColor: '#b3121a',
    });
    if (!confirm) return;
    try {
      await api(routes.cancelEvent, { params: { id: event.id } });
      void Taro.showToast({ title: '活动已取消', icon: 'success' });
      onChanged();
    } catch {
      // Shown by the request module.
    }
  }

  return (
    <View className="sb-actions">
      {live && (
        <Button type="primary" onClick={() => openPage(`${PAGES.eventDisplay}?id=${event.id}`)}>
          显示签到码（已签到 {event.checkinCount} 人）
        </Button>
      )}
      {event.status === 'draft' && (
        <Button type="primary" onClick={() => void publish()}>
          发布活动
        </Button>
      )}
      {event.status !== 'draft' && (
        <Button type="default" onClick={() => openPage(`${PAGES.attendance}?id=${event.id}`)}>
          出勤情况
        </Button>
      )}
      {event.status !== 'cancelled' && (
        <Button type="default" onClick={() => openPage(`${PAGES.eventEdit}?id=${event.id}`)}>
          修改活动
        </Button>
      )}
      {event.status !== 'cancelled' && (
        <Button type="default" onClick={() => void cancel()}>
          取消活动
        </Button>
      )}
    </View>
  );
}
