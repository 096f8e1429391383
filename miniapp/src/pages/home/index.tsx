import { EVENT_KIND_LABELS, formatCst, isOrganizer, UNIT_KIND_LABELS, type ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { stopPullDownRefresh, useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { api } from '../../api/client';
import { BranchSwitcher } from '../../components/branch-switcher';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { contestsHere } from '../../contest/contests-here';
import { useRequest, type RequestState } from '../../hooks/use-request';
import { ContestCard } from '../contest/contest-card';
import { loadBranchEvents } from '../../checkin/fenced-events';
import { openPage, PAGES } from '../../nav';
import { ComplianceChecklist } from '../../results/compliance-checklist';
import { OrganizerSummary } from '../../results/organizer-summary';
import { RegionSummary } from '../../results/region-summary';
import { canWatch, WatchButton } from '../../notices/watch-button';
import { refreshUnread } from '../../notices/unread';
import { useAppState } from '../../state/app-state';
import './index.css';
import { routes } from '../../api/routes';

function NoBranch() {
  return (
    <StateView
      empty
      emptyTitle="您还没有加入支部"
      emptyHint="请向支部书记索取邀请码，或扫描支部的邀请二维码。"
      emptyAction={
        <Button type="primary" onClick={() => openPage(PAGES.join)}>
          输入邀请码加入支部
        </Button>
      }
    />
  );
}

type EventsRequest = RequestState<Awaited<ReturnType<typeof loadBranchEvents>>>;
type ContestsRequest = RequestState<ResponseOf<typeof routes.listContests>>;

/** Events meant for this person that have not ended, soonest first. */
function UpcomingEvents({ list }: { list: EventsRequest }) {
  const events = (list.data?.events ?? []).filter((e) => e.status === 'published').slice(0, 5);
  return (
    <View>
      <Text className="sb-section-title">近期活动</Text>
      <StateView
        loading={list.loading && !list.data}
        error={list.data ? null : list.error}
        onRetry={() => void list.reload()}
        empty={events.length === 0}
        emptyTitle="暂无即将开始的活动"
        emptyHint="支部发布会议、党课或班前会后，会显示在这里，到场扫码即可签到。"
      >
        {events.map((event) => (
          <View key={event.id} className="sb-list-item">
            {/* The text opens the event; 提醒我 beside it is its own button, not one inside another. */}
            <View
              className="home-event"
              role="button"
              aria-label={`${event.title}，查看详情`}
              onClick={() => openPage(`${PAGES.event}?id=${event.id}`)}
            >
              <Text className="home-event__title">{event.title}</Text>
              <Text className="sb-muted">
                {EVENT_KIND_LABELS[event.kind]} · {formatCst(event.startsAt)} · {event.placeName}
              </Text>
              {event.pendingLeaves ? <Text className="home-event__leave">请假 {event.pendingLeaves} 待批</Text> : null}
            </View>
            {canWatch(event) && <WatchButton event={event} compact />}
          </View>
        ))}
      </StateView>
    </View>
  );
}

function BranchHome({ branchId }: { branchId: string }) {
  const { currentMembership } = useAppState();
  const branch = useRequest(() => api(routes.getBranch, { params: { id: branchId } }, { toast: false }), [branchId]);
  const events = useRequest(() => loadBranchEvents(branchId, { from: String(Date.now()) }), [branchId]);
  const contests = useRequest(() => api(routes.listContests, {}, { toast: false }), []);
  usePullDownRefresh(() => void Promise.all([branch.reload(), events.reload(), contests.reload()]).finally(() => stopPullDownRefresh()));
  // The page appears once, when its three answers are in: sections filling in one after another
  // pushed each other down the screen (the layout shift a phone user sees as the page jumping).
  const firstLoad = [branch, events, contests].some((r) => r.loading && !r.data && !r.error);
  if (firstLoad) {
    return (
      <View>
        <BranchSwitcher />
        {/* Keyed, so the page's content comes as new nodes instead of this one moving. */}
        <StateView key="first-load" loading />
      </View>
    );
  }

  return (
    <View>
      <BranchSwitcher />
      <StateView loading={branch.loading && !branch.data} error={branch.error} onRetry={() => void branch.reload()}>
        {branch.data && (
          <View className="sb-card home-branch">
            {branch.data.projectName && <Text className="home-branch__line">项目：{branch.data.projectName}</Text>}
            <Text className="home-branch__line">地址：{branch.data.address}</Text>
            <Text className="home-branch__line">成员：{branch.data.memberCount} 人</Text>
            {branch.data.coUnits.length > 0 && (
              <View className="home-branch__units">
                <Text className="sb-muted">共建单位</Text>
                {branch.data.coUnits.map((unit) => (
                  <Text key={unit.name} className="home-branch__unit">
                    {UNIT_KIND_LABELS[unit.kind]}：{unit.name}
                  </Text>
                ))}
              </View>
            )}
          </View>
        )}
      </StateView>

      {currentMembership && isOrganizer(currentMembership.role) && (
        <View>
          <OrganizerSummary branchId={branchId} />
          <ComplianceChecklist branchId={branchId} branchName={currentMembership.branchName} />
        </View>
      )}

      <UpcomingEvents list={events} />

      <OpenContests list={contests} />
    </View>
  );
}

/** The contests open now for the branch on screen and its region: the same list as 答题's. */
function OpenContests({ list }: { list: ContestsRequest }) {
  const { currentMembership } = useAppState();
  const open = contestsHere(list.data?.contests ?? [], currentMembership).filter((c) => c.status === 'open');
  return (
    <View>
      <Text className="sb-section-title">进行中的竞赛</Text>
      <StateView
        loading={list.loading && !list.data}
        error={list.data ? null : list.error}
        onRetry={() => void list.reload()}
        empty={open.length === 0}
        emptyTitle="暂无进行中的知识竞赛"
        emptyHint="竞赛开始后会显示在这里，也可以在“答题”里参加每日一练。"
      >
        {open.map((contest) => (
          <ContestCard key={contest.id} contest={contest} />
        ))}
      </StateView>
    </View>
  );
}

export default function HomePage() {
  useDidShow(() => void refreshUnread());
  const { currentMembership, me } = useAppState();
  const regions = me?.adminRegions ?? [];
  return (
    <PageShell>
      {regions.map((r) => (
        <RegionSummary key={r.regionId} regionId={r.regionId} regionName={r.regionName} />
      ))}
      {currentMembership ? <BranchHome branchId={currentMembership.branchId} /> : regions.length === 0 && <NoBranch />}
    </PageShell>
  );
}
