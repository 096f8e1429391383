import { formatCst, SESSION_KIND_LABELS, type DeviceSession } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { goToLogin, logOut } from '../../api/auth';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import './index.css';
import { routes } from '../../api/routes';

function SessionRow({ session, onEnded }: { session: DeviceSession; onEnded: () => void }) {
  const [busy, setBusy] = useState(false);
  const name = session.device ?? SESSION_KIND_LABELS[session.kind];

  async function end() {
    setBusy(true);
    try {
      if (session.current) {
        await logOut();
        goToLogin();
        return;
      }
      await api(routes.endMySession, { params: { id: session.id } });
      void Taro.showToast({ title: '已让该设备退出', icon: 'success' });
      onEnded();
    } catch {
      // The request module showed why.
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="sb-list-item devices__row" role="listitem" aria-label={`${SESSION_KIND_LABELS[session.kind]}：${name}`}>
      <View className="devices__text">
        <Text className="devices__name">
          {SESSION_KIND_LABELS[session.kind]}
          {session.device ? ` · ${session.device}` : ''}
          {session.current ? '（本机）' : ''}
        </Text>
        <Text className="sb-muted">
          {formatCst(session.createdAt)} 登录{session.area ? ` · ${session.area}` : ''} · {formatCst(session.expiresAt)} 前有效
        </Text>
      </View>
      <Button
        size="small"
        type={session.kind === 'computer' ? 'primary' : 'default'}
        fill="outline"
        loading={busy}
        disabled={busy}
        onClick={() => void end()}
      >
        退出
      </Button>
    </View>
  );
}

/** 我的 → 登录设备: where the person is logged in; 退出 ends any one at once (a computer left logged in). */
export default function DevicesPage() {
  const sessions = useRequest(() => api(routes.listMySessions), []);
  const list = sessions.data?.sessions ?? [];
  return (
    <PageShell>
      <Text className="sb-muted devices__hint">电脑通过手机扫码登录，12 小时后自动退出。不认识的登录请立即退出。</Text>
      <StateView
        loading={sessions.loading && !sessions.data}
        error={sessions.error}
        onRetry={() => void sessions.reload()}
        empty={list.length === 0}
        emptyTitle="没有有效的登录"
      >
        <View className="sb-card" role="list" aria-label="登录设备">
          {list.map((s) => (
            <SessionRow key={s.id} session={s} onEnded={() => void sessions.reload()} />
          ))}
        </View>
      </StateView>
    </PageShell>
  );
}
