import { desktopLoginPath, LOGIN_TICKET_VALID_MS, type LoginResult, type LoginTicketState } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { keepLogin } from '../../api/auth';
import { api } from '../../api/client';
import { QrCode } from '../../components/qr-code';
import { Button } from '../../components/ui';
import { useServerClock } from '../../hooks/use-server-clock';
import { appLink } from '../../nav';
import { routes } from '../../api/routes';

/** How often the computer asks whether the phone has confirmed. */
const POLL_MS = 2000;
/** Renewed while the page waits, for about ten minutes; then a tap renews it (the address's ticket limit is kept for others). */
const AUTO_RENEWALS = 5;

interface Ticket {
  id: string;
  secret: string;
  expiresAt: number;
  /** The server's clock minus this computer's, measured once when the ticket arrived. */
  offsetMs: number;
}

const STATE_TEXT: Partial<Record<LoginTicketState, string>> = {
  waiting: '请用手机扫码',
  scanned: '已扫码，请在手机上确认登录',
  refused: '手机上已拒绝这次登录',
};

function useTicket() {
  const [ticket, setTicket] = useState<Ticket | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  // Only the newest request's answer counts: a renewal, or leaving the page, makes older ones stale.
  const newest = useRef(0);
  const request = useCallback(() => {
    const mine = ++newest.current;
    const isNewest = () => mine === newest.current;
    setTicket(null);
    setError(null);
    api(routes.createLoginTicket, {}, { toast: false }).then(
      (t) => isNewest() && setTicket({ ...t, offsetMs: t.expiresAt - LOGIN_TICKET_VALID_MS - Date.now() }),
      (e: Error) => isNewest() && setError(e.message),
    );
  }, []);
  useEffect(() => {
    request();
    return () => {
      newest.current += 1;
    };
  }, [request]);
  // Stable, so the auto-renewal below runs when its decision changes, not on every render.
  const renew = useCallback(() => {
    setRound((n) => n + 1);
    request();
  }, [request]);
  return { ticket, error, round, renew };
}

/** Asks every two seconds where the ticket stands, one question at a time; the session once confirmed. */
function useTicketProgress(ticket: Ticket | null, onLogin: (login: LoginResult) => void): LoginTicketState {
  // Kept with the ticket it is about, so a new ticket never shows the last one's state.
  const [progress, setProgress] = useState<{ id: string; state: LoginTicketState } | null>(null);
  const onLoginRef = useRef(onLogin);
  onLoginRef.current = onLogin;
  useEffect(() => {
    if (!ticket) return;
    const setState = (state: LoginTicketState) => setProgress({ id: ticket.id, state });
    let asking = false;
    let over = false;
    const timer = setInterval(async () => {
      if (asking || over) return;
      asking = true;
      try {
        const answer = await api(
          routes.collectLoginTicket,
          { params: { id: ticket.id }, body: { secret: ticket.secret } },
          { toast: false },
        );
        if (over) return;
        setState(answer.state);
        if (answer.login) {
          over = true;
          onLoginRef.current(answer.login);
        }
        if (answer.state === 'refused' || answer.state === 'expired') over = true;
      } catch (e) {
        // A used or vanished ticket is over; a network blip is asked again next time.
        const status = (e as { status?: number }).status ?? 0;
        if (status === 404 || status === 410) {
          over = true;
          setState('expired');
        }
      } finally {
        asking = false;
      }
    }, POLL_MS);
    return () => {
      over = true;
      clearInterval(timer);
    };
  }, [ticket]);
  return ticket && progress?.id === ticket.id ? progress.state : 'waiting';
}

const mmss = (ms: number) => {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/**
 * 扫码登录 on a computer: a QR code of a one-time ticket, renewed while it waits, with its
 * countdown; the phone scans and confirms, and this computer receives its own session.
 */
export function ComputerLogin({ onLoggedIn, startShown }: { onLoggedIn: () => void; startShown: boolean }) {
  // Local runs open on the development login; the code is asked for when wanted, not on every visit.
  const [shown, setShown] = useState(startShown);
  if (!shown) {
    return (
      <View className="sb-card computer-login">
        <Text className="computer-login__title">用手机扫码登录电脑</Text>
        <Text className="sb-muted">在手机上，请在微信中搜索“工地党建”小程序登录使用。</Text>
        <Button type="primary" fill="outline" onClick={() => setShown(true)}>
          显示登录二维码
        </Button>
      </View>
    );
  }
  return <TicketPanel onLoggedIn={onLoggedIn} />;
}

function TicketPanel({ onLoggedIn }: { onLoggedIn: () => void }) {
  const { ticket, error, round, renew } = useTicket();
  const [done, setDone] = useState(false);
  const state = useTicketProgress(ticket, (login) => {
    keepLogin(login);
    setDone(true);
    onLoggedIn();
  });
  const now = useServerClock(ticket?.offsetMs ?? 0);
  const left = ticket ? ticket.expiresAt - now : 0;
  const ended = Boolean(ticket) && (left <= 0 || state === 'expired');
  const autoRenew = ended && round < AUTO_RENEWALS && state !== 'refused';

  useEffect(() => {
    if (autoRenew) renew();
  }, [autoRenew, renew]);

  return (
    <View className="sb-card computer-login" aria-label="电脑扫码登录">
      <Text className="computer-login__title">用手机扫码登录电脑</Text>
      <View className="computer-login__code">
        {ticket && !ended && state !== 'refused' ? (
          <QrCode
            id="login-ticket-qr"
            text={appLink(desktopLoginPath(ticket.id))}
            label="电脑登录二维码，请用工地党建小程序扫码"
            size={400}
          />
        ) : (
          <View className="computer-login__placeholder">
            <Text>{error ?? (state === 'refused' ? '已拒绝' : ended && !autoRenew ? '二维码已过期' : '正在生成二维码…')}</Text>
          </View>
        )}
      </View>
      <View role="status" aria-live="polite" className="computer-login__status">
        <Text className="computer-login__state">
          {done ? '已确认，正在登录…' : error ? '二维码生成失败' : !ticket ? '正在生成二维码…' : (STATE_TEXT[state] ?? '二维码已过期')}
        </Text>
        {ticket && !ended && state !== 'refused' && !done && (
          <Text className="sb-muted computer-login__countdown">
            {mmss(left)} 后二维码失效{round < AUTO_RENEWALS ? '，到时自动刷新' : ''}
          </Text>
        )}
      </View>
      {(error || state === 'refused' || (ended && !autoRenew)) && (
        <Button type="primary" fill="outline" onClick={renew}>
          刷新二维码
        </Button>
      )}
      <View className="computer-login__steps">
        <Text>1. 在手机微信中打开“工地党建”小程序</Text>
        <Text>2. 点“我的” → “扫码登录电脑”，或直接用微信扫一扫</Text>
        <Text>3. 在手机上核对电脑信息，点“确认登录”</Text>
      </View>
      <Text className="sb-muted computer-login__note">电脑登录 12 小时后自动退出；可在手机“我的 → 登录设备”中随时让它退出。</Text>
    </View>
  );
}
