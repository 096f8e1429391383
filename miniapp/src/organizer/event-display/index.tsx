import { CODE_WINDOW_MS, codeWindowAt, digitsCode, formatCst, qrToken, checkinLinkPath } from '@sitebranch/shared';
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
import { routes } from '../../api/routes';

/** How many have checked in, asked every 5 s; null while the network is down. */
function useLiveCount(eventId: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let stopped = false;
    const poll = () =>
      api(routes.getEvent, { params: { id: eventId } }, { toast: false })
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

type Shown = { id: string; title: string; checkinOpensAt: number; checkinClosesAt: number };

/** Outside the check-in window a code would only be refused: say when check-in opens, or that it has closed. */
function OutsideWindow({ event, now }: { event: Shown; now: number }) {
  const before = now < event.checkinOpensAt;
  return (
    <View className="display">
      <Text className="display__title">{event.title}</Text>
      <View className="display__notice" role="status">
        {before
          ? `签到 ${formatCst(event.checkinOpensAt).slice(5)} 开始，到时这里自动显示签到码`
          : `签到已于 ${formatCst(event.checkinClosesAt).slice(5)} 结束`}
      </View>
      {!before && <Text className="display__hint">错过签到的人，请在“出勤情况”里补签并写明原因</Text>}
    </View>
  );
}

function RotatingCode({ event, keyHex, offsetMs }: { event: Shown; keyHex: string; offsetMs: number }) {
  const now = useServerClock(offsetMs);
  if (now < event.checkinOpensAt || now > event.checkinClosesAt) return <OutsideWindow event={event} now={now} />;
  return <LiveCode eventId={event.id} keyHex={keyHex} now={now} title={event.title} />;
}

function LiveCode({ eventId, keyHex, now, title }: { eventId: string; keyHex: string; now: number; title: string }) {
  const count = useLiveCount(eventId);
  const window = codeWindowAt(now);
  const secondsLeft = Math.ceil(((window + 1) * CODE_WINDOW_MS - now) / 1000);
  const digits = digitsCode(keyHex, eventId, window);
  return (
    <View className="display">
      <Text className="display__title">{title}</Text>
      <QrCode
        id="checkin-qr"
        text={appLink(checkinLinkPath(eventId, qrToken(keyHex, eventId, window)))}
        label="签到二维码，请用微信扫一扫"
        size={560}
      />
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
      api(routes.getEvent, { params: { id: eventId } }, { toast: false }),
      api(routes.getEventCode, { params: { id: eventId } }, { toast: false }),
    ]);
    return { event, code, offsetMs: code.serverTime - Date.now() };
  }, [eventId]);
  return (
    <StateView loading={loaded.loading && !loaded.data} error={loaded.data ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {loaded.data && <RotatingCode event={loaded.data.event} keyHex={loaded.data.code.key} offsetMs={loaded.data.offsetMs} />}
    </StateView>
  );
}

/** The organizer's full-screen check-in code: once loaded, it keeps rotating with no network. */
export default function EventDisplayPage() {
  const { params } = useRouter();
  return (
    <PageShell sideNav={false}>{params.id ? <Display eventId={params.id} /> : <StateView empty emptyTitle="没有指定活动" />}</PageShell>
  );
}
