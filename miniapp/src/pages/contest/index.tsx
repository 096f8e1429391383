import { isOrganizer } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { BranchSwitcher } from '../../components/branch-switcher';
import { contestsHere } from '../../contest/contests-here';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import { useAppState } from '../../state/app-state';
import { ContestCard } from './contest-card';
import { PracticeCard } from './practice-card';
import './index.css';
import { routes } from '../../api/routes';

/** 答题: daily practice, and the contests of the branch on screen and of its whole region. */
export default function ContestTab() {
  const { currentMembership, me } = useAppState();
  const [shown, setShown] = useState(0);
  useDidShow(() => setShown((n) => n + 1));
  const list = useRequest(() => api(routes.listContests, {}, { toast: false }), [shown]);
  const adminRegionIds = (me?.adminRegions ?? []).map((r) => r.regionId);
  const contests = contestsHere(list.data?.contests ?? [], currentMembership, adminRegionIds);
  const organizer = (currentMembership && isOrganizer(currentMembership.role)) || (me?.adminRegions?.length ?? 0) > 0;

  return (
    <PageShell>
      <BranchSwitcher />
      {currentMembership && <PracticeCard reloadKey={shown} />}
      {organizer && (
        <View className="sb-actions">
          <Button type="primary" fill="outline" onClick={() => openPage(PAGES.contestEdit)}>
            新建竞赛
          </Button>
          <Button type="default" onClick={() => openPage(PAGES.banks)}>
            题库与导入
          </Button>
        </View>
      )}
      <Text className="sb-section-title">党建知识竞赛</Text>
      <StateView
        loading={list.loading && !list.data}
        error={list.data ? null : list.error}
        onRetry={() => void list.reload()}
        empty={contests.length === 0}
        emptyTitle={currentMembership || adminRegionIds.length ? '暂时没有竞赛' : '加入支部后才能参加竞赛'}
        emptyHint="支部或区域发布竞赛后会显示在这里。"
      >
        {contests.map((contest) => (
          <ContestCard key={contest.id} contest={contest} canTake={!!currentMembership} />
        ))}
      </StateView>
    </PageShell>
  );
}
