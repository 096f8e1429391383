import { formatCst, ticketIdFrom, type ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import { scanDesktopCode } from './scan';
import './index.css';
import { routes } from '../../api/routes';

type Request = ResponseOf<typeof routes.scanLoginTicket>;

/** The ticket of the page: `?ticket=` from 扫一扫, or `q` (the whole link) when WeChat's own scanner opened the page. */
function ticketOfPage(params: Record<string, string | undefined>): string | null {
  if (params.ticket) return ticketIdFrom(params.ticket);
  if (params.q) return ticketIdFrom(decodeURIComponent(params.q));
  return null;
}

function Decision({ request }: { request: Request }) {
  const [busy, setBusy] = useState(false);
  const [decided, setDecided] = useState<'confirmed' | 'refused' | null>(null);

  async function decide(approve: boolean) {
    setBusy(true);
    try {
      await api(routes.decideLoginTicket, { params: { id: request.id }, body: { approve } });
      setDecided(approve ? 'confirmed' : 'refused');
    } catch {
      // The request module showed why (e.g. the code expired meanwhile).
    } finally {
      setBusy(false);
    }
  }

  if (decided) {
    return (
      <View className="sb-card desktop-login__done" role="status">
        <Text className="desktop-login__title">{decided === 'confirmed' ? '已确认，电脑将自动登录' : '已拒绝，这台电脑不会登录'}</Text>
        <Text className="sb-muted">
          {decided === 'confirmed'
            ? '电脑登录 12 小时后自动退出，也可以在“我的 → 登录设备”中让它退出。'
            : '如果不是您在操作，请留意身边的电脑屏幕。'}
        </Text>
        <Button type="default" onClick={() => openPage(PAGES.me)}>
          返回“我的”
        </Button>
      </View>
    );
  }
  return (
    <View className="sb-card desktop-login__request">
      <Text className="desktop-login__title">有电脑请求以您的身份登录</Text>
      <View className="desktop-login__facts" role="list" aria-label="请求登录的电脑">
        <View role="listitem">浏览器与系统：{request.device}</View>
        <View role="listitem">请求时间：{formatCst(request.requestedAt)}</View>
        <View role="listitem">大致位置：{request.area ?? '未知'}</View>
      </View>
      <Text className="desktop-login__warning">请确认是您本人正在这台电脑前。登录后，这台电脑能查看和处理您在手机上能看到的一切。</Text>
      <View className="sb-actions">
        <Button type="primary" loading={busy} disabled={busy} onClick={() => void decide(true)}>
          确认登录
        </Button>
        <Button type="default" disabled={busy} onClick={() => void decide(false)}>
          拒绝
        </Button>
      </View>
    </View>
  );
}

function DesktopLogin() {
  const { params } = useRouter();
  const ticketId = ticketOfPage(params);
  const [request, setRequest] = useState<Request | null>(null);
  const [error, setError] = useState<ApiRequestError | null>(null);

  useEffect(() => {
    if (!ticketId) return;
    let stale = false;
    setRequest(null);
    setError(null);
    api(routes.scanLoginTicket, { params: { id: ticketId } }, { toast: false }).then(
      (r) => !stale && setRequest(r),
      (e: ApiRequestError) => !stale && setError(e),
    );
    return () => {
      stale = true;
    };
  }, [ticketId]);

  if (!ticketId) {
    return (
      <StateView
        empty
        emptyTitle="扫码登录电脑"
        emptyHint="在电脑浏览器中打开工地党建，用手机扫描登录页上的二维码。"
        emptyAction={
          process.env.TARO_ENV === 'weapp' ? (
            <Button type="primary" onClick={() => void scanDesktopCode({ replace: true })}>
              扫一扫
            </Button>
          ) : undefined
        }
      />
    );
  }
  if (error) {
    return (
      <View className="sb-state sb-state--error" role="alert">
        <Text className="sb-state__title">无法登录这台电脑</Text>
        <Text className="sb-state__hint">{error.message}</Text>
      </View>
    );
  }
  return <StateView loading={!request}>{request && <Decision request={request} />}</StateView>;
}

/** Where a computer's login QR code lands: which computer asks, and 确认登录 / 拒绝. */
export default function DesktopLoginPage() {
  return (
    <PageShell>
      <DesktopLogin />
    </PageShell>
  );
}
