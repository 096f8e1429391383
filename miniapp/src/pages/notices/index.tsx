import { formatCst, NOTICE_KIND_LABELS, type Notice } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { stopPullDownRefresh, useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { routes } from '../../api/routes';
import { ListRow } from '../../components/list-row';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { openPage } from '../../nav';
import { allowAskingAgain, refusedTemplates } from '../../notices/subscribe';
import { setUnread } from '../../notices/unread';
import './index.css';

/** One notice: what it is about and when; opening it marks it read and goes to its page. */
function NoticeRow({ notice, onOpened }: { notice: Notice; onOpened: (unread: number) => void }) {
  async function open() {
    if (notice.readAt === null) {
      const { unread } = await api(routes.readNotice, { params: { id: notice.id } }, { toast: false }).catch(() => ({ unread: -1 }));
      if (unread >= 0) onOpened(unread);
    }
    openPage(notice.link);
  }
  return (
    <View role="listitem" className={notice.readAt === null ? 'notice--unread' : undefined}>
      <ListRow
        title={notice.title}
        note={`${NOTICE_KIND_LABELS[notice.kind]} · ${notice.body}`}
        end={<Text className="sb-muted notice__time">{formatCst(notice.createdAt).slice(5)}</Text>}
        onClick={() => void open()}
      />
    </View>
  );
}

/** 消息: reminders, changes to events, feedback progress and leave decisions, newest first, kept 90 days. */
export default function NoticesPage() {
  const [older, setOlder] = useState<Notice[]>([]);
  const [refused, setRefused] = useState(refusedTemplates);
  const first = useRequest(() => api(routes.listMyNotices, { query: {} }, { toast: false }), []);
  useDidShow(() => void (first.data && first.reload()));
  usePullDownRefresh(() => {
    setOlder([]);
    void first.reload().finally(() => stopPullDownRefresh());
  });
  const data = first.data;
  useEffect(() => {
    if (data) setUnread(data.unread);
  }, [data]);
  const notices = [...(data?.notices ?? []), ...older];
  const [more, setMore] = useState(true);

  async function loadOlder() {
    const last = notices.at(-1);
    if (!last) return;
    const page = await api(routes.listMyNotices, { query: { before: last.createdAt } });
    setOlder((list) => [...list, ...page.notices]);
    setMore(page.more);
  }
  async function readAll() {
    await api(routes.readAllNotices, {});
    setUnread(0);
    setOlder([]);
    await first.reload();
  }

  return (
    <PageShell>
      {data && data.unread > 0 && (
        <View className="notices__actions">
          <Button size="small" type="default" onClick={() => void readAll()}>
            全部标为已读
          </Button>
        </View>
      )}
      <StateView
        loading={first.loading && !data}
        error={data ? null : first.error}
        onRetry={() => void first.reload()}
        empty={notices.length === 0}
        emptyTitle="暂无消息"
        emptyHint="在活动页点“提醒我”，开始前会在这里提醒您；活动改期或取消、反馈有进展、请假有结果也会通知您。"
      >
        <View className="sb-card sb-list-card" role="list" aria-label="消息">
          {notices.map((notice) => (
            <NoticeRow key={notice.id} notice={notice} onOpened={(unread) => setUnread(unread)} />
          ))}
        </View>
        {data?.more && more && (
          <View className="notices__actions">
            <Button size="small" type="default" onClick={() => void loadOlder()}>
              更早的消息
            </Button>
          </View>
        )}
      </StateView>
      {refused.length > 0 && (
        <View className="notices__actions">
          <Button
            size="small"
            type="default"
            onClick={() => {
              allowAskingAgain();
              setRefused([]);
            }}
          >
            重新允许微信通知
          </Button>
        </View>
      )}
    </PageShell>
  );
}
