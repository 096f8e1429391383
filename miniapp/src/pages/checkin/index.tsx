import { isOrganizer } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { BranchSwitcher } from '../../components/branch-switcher';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import { flushPendingCheckins, myPendingCheckins } from '../../checkin/check-in';
import { loadBranchEvents } from '../../checkin/fenced-events';
import { removePending } from '../../checkin/offline-queue';
import { RegionBranches } from '../../region/region-branches';
import { useAppState } from '../../state/app-state';
import { EventCard } from './event-card';
import { PendingUploads } from './pending-uploads';
import './index.css';

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
