import { View } from '@tarojs/components';
import { BranchSwitcher } from '../../components/branch-switcher';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';

/** The 答题 tab. Its features arrive in their own issue; until then it says what will be here. */
export default function ContestPage() {
  return (
    <PageShell>
      <BranchSwitcher />
      <View className="sb-card">
        <StateView empty emptyTitle="党建知识竞赛即将上线" emptyHint="竞赛和每日一练上线后会显示在这里。" />
      </View>
    </PageShell>
  );
}
