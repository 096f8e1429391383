import { endpoints, isOrganizer } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { stopPullDownRefresh, useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { BranchSwitcher } from '../../components/branch-switcher';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { Toggle } from '../../components/toggle';
import { Chips } from '../../feedback/chips';
import { FeedbackRow } from '../../feedback/feedback-row';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import { useAppState } from '../../state/app-state';
import { DeadlineSettings } from './deadline-settings';
import { CATEGORY_CHIPS, emptyTitle, inboxQuery, NO_FILTERS, STATUS_TABS, type InboxFilters } from './filters';
import './index.css';

function Inbox({ branchId, isSecretary }: { branchId: string; isSecretary: boolean }) {
  const [filters, setFilters] = useState<InboxFilters>(NO_FILTERS);
  const loaded = useRequest(
    () => api(endpoints.listFeedback, { params: { id: branchId }, query: inboxQuery(filters) }, { toast: false }),
    [branchId, filters.status, filters.category, filters.overdueOnly],
  );
  // Back from handling one: its status and the order have changed.
  useDidShow(() => void (loaded.data && loaded.reload()));
  usePullDownRefresh(() => void loaded.reload().finally(() => stopPullDownRefresh()));
  const list = loaded.data?.feedback;
  const overdue = list?.filter((f) => f.overdue).length ?? 0;

  return (
    <View>
      <View className="feedback-inbox__tabs">
        <Tabs items={STATUS_TABS} value={filters.status} onChange={(status) => setFilters({ ...filters, status })} label="按状态筛选" />
      </View>
      <Chips label="类别" options={CATEGORY_CHIPS} value={filters.category} onChange={(category) => setFilters({ ...filters, category })} />
      <View className="sb-field">
        <View className="sb-row">
          <Text>只看超期</Text>
          <Toggle checked={filters.overdueOnly} label="只看超期" onChange={(overdueOnly) => setFilters({ ...filters, overdueOnly })} />
        </View>
      </View>
      <StateView
        loading={loaded.loading && !list}
        error={list ? null : loaded.error}
        onRetry={() => void loaded.reload()}
        empty={list?.length === 0}
        emptyTitle={emptyTitle(filters)}
      >
        <Text className="sb-muted feedback-inbox__count">
          共 {list?.length ?? 0} 条{overdue ? `，其中 ${overdue} 条已超期（排在前面）` : ''}
        </Text>
        <View className="sb-card feedback-inbox__list">
          {list?.map((item) => <FeedbackRow key={item.id} item={item} showSubmitter onOpen={() => openPage(`${PAGES.feedbackDetail}?id=${item.id}`)} />)}
        </View>
      </StateView>
      <DeadlineSettings branchId={branchId} canEdit={isSecretary} />
    </View>
  );
}

/** 反馈处理: the branch's feedback for its organizers, overdue first, filtered by status, category and 超期; the deadlines below. */
export default function FeedbackInboxPage() {
  const { currentMembership } = useAppState();
  return (
    <PageShell>
      <BranchSwitcher />
      {currentMembership && isOrganizer(currentMembership.role) ? (
        <Inbox branchId={currentMembership.branchId} isSecretary={currentMembership.role === 'secretary'} />
      ) : (
        <StateView empty emptyTitle="只有支委和书记可以处理反馈" />
      )}
    </PageShell>
  );
}
