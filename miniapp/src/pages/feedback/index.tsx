import { isOrganizer } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { BranchSwitcher } from '../../components/branch-switcher';
import { ListSection } from '../../components/list-row';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import { useAppState } from '../../state/app-state';
import { Composer } from './composer';
import './index.css';

/** 我的反馈, 凭回执码查询, and for organizers 反馈处理. */
function Entries() {
  const { currentMembership, me } = useAppState();
  const disciplineRegion = me?.disciplineRegions[0];
  return (
    <ListSection
      entries={[
        { title: '我的反馈', note: '实名提交的反馈和处理进展', page: PAGES.myFeedback },
        { title: '凭回执码查询', note: '匿名反馈的进展、回复和评价', page: PAGES.feedbackReceipt },
        { title: '反馈处理', note: '受理、回复群众反馈', page: PAGES.feedbackInbox, shown: isOrganizer(currentMembership?.role) },
        ...(disciplineRegion
          ? [
              {
                title: '区域廉政监督',
                note: `纪检联系人 · ${disciplineRegion.regionName}：越过支部报送的廉政监督`,
                page: `${PAGES.integrityReports}?region=${disciplineRegion.regionId}`,
              },
            ]
          : []),
      ]}
    />
  );
}

/** 反馈: suggestions, requests, hazards, integrity reports, praise — with photos, optionally anonymous. */
export default function FeedbackPage() {
  const { currentMembership, me } = useAppState();
  return (
    <PageShell>
      <BranchSwitcher />
      <Entries />
      {currentMembership ? (
        <>
          <Text className="sb-section-title">我要反馈</Text>
          <Composer
            key={currentMembership.branchId}
            branchId={currentMembership.branchId}
            regionHasDisciplineContact={currentMembership.regionHasDisciplineContact}
          />
        </>
      ) : me?.disciplineRegions.length ? (
        <View className="sb-card">
          <StateView empty emptyTitle="您是区域纪检联系人" emptyHint="各支部越过支部报送的廉政监督在上面的“区域廉政监督”里办理。" />
        </View>
      ) : me?.adminRegions.length ? (
        <View className="sb-card">
          <StateView
            empty
            emptyTitle="反馈由各支部的支委和书记办理"
            emptyHint="区域管理员不在支部里办理反馈；各支部的办理情况和满意度将在“结果”中按支部比较。用“凭回执码查询”可以查看一条匿名反馈的进展。"
          />
        </View>
      ) : (
        <View className="sb-card">
          <StateView
            empty
            emptyTitle="加入支部后才能提交反馈"
            emptyHint="用组织者给的邀请码加入所在工地或社区的支部。"
            emptyAction={
              <Button type="primary" onClick={() => openPage(PAGES.join)}>
                加入支部
              </Button>
            }
          />
        </View>
      )}
    </PageShell>
  );
}
