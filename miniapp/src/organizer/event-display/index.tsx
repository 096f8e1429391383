import { CODE_WINDOW_MS, codeWindowAt, digitsCode, endpoints, qrToken, signinLinkPath } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { QrCode } from '../../components/qr-code';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { useServerClock } from '../../hooks/use-server-clock';
import { appLink } from '../../nav';
import './index.css';

/** How many have signed in, asked every 5 s; null while the network is down. */
function useLiveCount(eventId: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = () =>
      api(endpoints.getEvent, { params: { id: eventId } }, { toast: false })
        .then((event) => !stopped && setCount(event.checkinCount))
        .catch(() => !stopped && setCount(null));
    void poll();
    const timer = setInterval(poll, 5000);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [eventId]);
  return count;
}

function RotatingCode({ eventId, keyHex, offsetMs, title }: { eventId: string; keyHex: string; offsetMs: number; title: string }) {
  const now = useServerClock(offsetMs);
  const count = useLiveCount(eventId);
  const window = codeWindowAt(now);
  const secondsLeft = Math.ceil(((window + 1) * CODE_WINDOW_MS - now) / 1000);
  const digits = digitsCode(keyHex, eventId, window);
  return (
    <View className="display">
      <Text className="display__title">{title}</Text>
      <QrCode id="signin-qr" text={appLink(signinLinkPath(eventId, qrToken(keyHex, eventId, window)))} label="签到二维码，请用微信扫一扫" size={560} />
      <Text className="display__hint">微信扫一扫签到 · {secondsLeft} 秒后更新</Text>
      <Text className="display__digits" aria-label={`数字签到码 ${digits.split('').join(' ')}`}>
        {digits}
      </Text>
      <Text className="display__hint">扫不了码？在“签到”里输入上面 6 位数字</Text>
      <View className="display__count" role="status" aria-live="polite">
        {count === null ? '网络断开：二维码照常更新，签到人数稍后刷新' : `已签到 ${count} 人`}
      </View>
    </View>
  );
}

function Display({ eventId }: { eventId: string }) {
  const loaded = useRequest(async () => {
    const [event, code] = await Promise.all([
      api(endpoints.getEvent, { params: { id: eventId } }, { toast: false }),
      api(endpoints.getEventCode, { params: { id: eventId } }, { toast: false }),
    ]);
    return { event, code, offsetMs: code.serverTime - Date.now() };
  }, [eventId]);
  return (
    <StateView loading={loaded.loading && !loaded.data} error={loaded.data ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {loaded.data && <RotatingCode eventId={eventId} keyHex={loaded.data.code.key} offsetMs={loaded.data.offsetMs} title={loaded.data.event.title} />}
    </StateView>
  );
}

/** The organizer's full-screen sign-in code: once loaded, it keeps rotating with no network. */
export default function EventDisplayPage() {
  const { params } = useRouter();
  return <PageShell>{params.id ? <Display eventId={params.id} /> : <StateView empty emptyTitle="没有指定活动" />}</PageShell>;
}
