import { EVENT_KIND_LABELS, formatCst, isOrganizer, type EventForMe } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import type { ApiRequestError } from '../../api/errors';
import { BranchSwitcher } from '../../components/branch-switcher';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import { checkInWithCode, flushPendingCheckins, myPendingCheckins } from '../../checkin/check-in';
import { loadBranchEvents } from '../../checkin/fenced-events';
import { removePending, type PendingCheckin } from '../../checkin/offline-queue';
import { RegionBranches } from '../../region/region-branches';
import { useAppState } from '../../state/app-state';
import { canAskLeave, standingText, standingTone } from '../event/standing';
import './index.css';

/** Scans kept on the phone with no signal: waiting to be uploaded, or refused with the reason until dismissed. */
function PendingUploads({
  pending,
  onSend,
  onDismiss,
}: {
  pending: PendingCheckin[];
  onSend(): void;
  onDismiss(item: PendingCheckin): void;
}) {
  if (pending.length === 0) return null;
  const waiting = pending.filter((p) => !p.refused);
  const refused = pending.filter((p) => p.refused);
  return (
    <View className="sb-card checkin-pending" role="status">
      {waiting.length > 0 && <Text className="checkin-pending__title">待上传 {waiting.length} 条签到</Text>}
      {waiting.map((p) => (
        <Text key={p.eventId} className="sb-muted">
          扫码时间：{formatCst(p.scannedAt)}
          {p.location ? ' · 已记下位置' : ''}
        </Text>
      ))}
      {waiting.length > 0 && (
        <Button size="small" type="primary" fill="outline" onClick={onSend}>
          立即上传
        </Button>
      )}
      {refused.map((p) => (
        <View key={p.eventId} className="checkin-pending__refused" role="alert">
          <Text className="checkin-pending__title">离线签到没有成功（扫码时间 {formatCst(p.scannedAt)}）</Text>
          <Text className="checkin-pending__reason">{p.refused!.message}</Text>
          <Button size="small" type="default" onClick={() => onDismiss(p)}>
            知道了，删除这条
          </Button>
        </View>
      ))}
    </View>
  );
}

/** One event: when and where, and a way to check in with the 6-digit code if the camera fails. */
/** `overseer`: a region admin looking at a branch they do not belong to — attendance, no check-in. */
function EventCard({
  event,
  organizer,
  overseer,
  onSignedIn,
}: {
  event: EventForMe;
  organizer: boolean;
  overseer: boolean;
  onSignedIn(queued: boolean): void;
}) {
  const [digits, setDigits] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const now = Date.now();
  const open =
    !overseer && event.status === 'published' && now >= event.checkinOpensAt && now <= event.checkinClosesAt && !event.mine.checkin;
  // A region admin overseeing a branch has no standing of his own at its events.
  const standing = overseer ? null : standingText(event, now);

  async function submit() {
    setBusy(true);
    setError(undefined);
    try {
      const outcome = await checkInWithCode({ eventId: event.id, digits, scannedAt: Date.now() });
      void Taro.showToast({
        title: outcome.kind === 'queued' ? '已记下，来网后上传' : '签到成功',
        icon: outcome.kind === 'queued' ? 'none' : 'success',
      });
      setDigits('');
      onSignedIn(outcome.kind === 'queued');
    } catch (e) {
      setError((e as ApiRequestError).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <View className="sb-card checkin-event">
      <View
        className="checkin-event__head"
        role="link"
        aria-label={`${event.title}，查看详情`}
        onClick={() => openPage(`${PAGES.event}?id=${event.id}`)}
      >
        <Text className="checkin-event__title">{event.title}</Text>
        <Text className="sb-muted">
          {EVENT_KIND_LABELS[event.kind]} · {formatCst(event.startsAt)} · {event.placeName}
        </Text>
        <Text className="checkin-event__more">{!overseer && canAskLeave(event, now) ? '详情 · 请假 ›' : '详情 ›'}</Text>
      </View>
      {event.status === 'cancelled' && <Text className="sb-field__error">活动已取消</Text>}
      {event.status === 'draft' && <Text className="checkin-event__draft">草稿：发布后成员才能看到</Text>}
      {standing && <Text className={`checkin-event__mine sb-tone--${standingTone(event, now)}`}>{standing}</Text>}
      {organizer && event.status === 'published' && (
        <Button type="primary" fill="outline" onClick={() => openPage(`${PAGES.eventDisplay}?id=${event.id}`)}>
          显示签到码（已签到 {event.checkinCount} 人）
        </Button>
      )}
      {(organizer || overseer) && event.status !== 'draft' && (
        <Button type="default" onClick={() => openPage(`${PAGES.attendance}?id=${event.id}`)}>
          出勤情况{event.pendingLeaves ? `（请假 ${event.pendingLeaves} 待批）` : ''}
        </Button>
      )}
      {open && (
        <View>
          <TextField
            id={`digits-${event.id}`}
            label="扫不了码？输入大屏上的 6 位数字"
            type="number"
            maxlength={6}
            value={digits}
            onChange={setDigits}
            error={error}
          />
          <Button type="primary" disabled={!/^\d{6}$/.test(digits)} loading={busy} onClick={() => void submit()}>
            数字码签到
          </Button>
        </View>
      )}
    </View>
  );
}

/** `footer` comes under the list once it has loaded, so it does not jump down the screen when the list fills in. */
function Events({
  branchId,
  organizer,
  overseer = false,
  footer,
}: {
  branchId: string;
  organizer: boolean;
  overseer?: boolean;
  footer?: ReactNode;
}) {
  const [pending, setPending] = useState(myPendingCheckins);
  const list = useRequest(() => loadBranchEvents(branchId), [branchId]);
  const refreshPending = useCallback(() => setPending(myPendingCheckins()), []);
  const sendPending = useCallback(() => void flushPendingCheckins().then(refreshPending), [refreshPending]);
  useDidShow(sendPending);
  useEffect(() => {
    const timer = setInterval(refreshPending, 3000);
    return () => clearInterval(timer);
  }, [refreshPending]);
  const events = list.data?.events ?? [];

  return (
    <View>
      <PendingUploads
        pending={pending}
        onSend={sendPending}
        onDismiss={(item) => {
          removePending(item);
          refreshPending();
        }}
      />
      <Text className="sb-section-title">活动签到</Text>
      <StateView
        loading={list.loading && !list.data}
        error={list.data ? null : list.error}
        onRetry={() => void list.reload()}
        empty={events.length === 0}
        emptyTitle="近期没有活动"
        emptyHint="到场后扫描组织者大屏上的签到二维码即可签到。"
      >
        {events.map((event) => (
          <EventCard
            key={event.id}
            event={event}
            organizer={organizer}
            overseer={overseer}
            onSignedIn={(queued) => (queued ? refreshPending() : void list.reload())}
          />
        ))}
      </StateView>
      {list.loading && !list.data ? null : footer}
    </View>
  );
}

export default function CheckinPage() {
  const { currentMembership, me } = useAppState();
  return (
    <PageShell>
      <BranchSwitcher />
      {currentMembership && isOrganizer(currentMembership.role) && (
        <View className="sb-actions">
          <Button type="primary" onClick={() => openPage(PAGES.eventEdit)}>
            发布活动
          </Button>
        </View>
      )}
      {currentMembership ? (
        <Events
          branchId={currentMembership.branchId}
          organizer={isOrganizer(currentMembership.role)}
          footer={
            <View className="sb-actions">
              <Button type="default" onClick={() => openPage(PAGES.myCode)}>
                手机扫不了码？出示我的签到码
              </Button>
            </View>
          }
        />
      ) : me?.adminRegions.length ? (
        <RegionBranches>{(branchId) => <Events key={branchId} branchId={branchId} organizer={false} overseer />}</RegionBranches>
      ) : (
        <StateView empty emptyTitle="加入支部后才能签到" />
      )}
    </PageShell>
  );
}
