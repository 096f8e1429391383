import { View } from '@tarojs/components';
import { BranchSwitcher } from '../../components/branch-switcher';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';

/** The 反馈 tab. Its features arrive in their own issue; until then it says what will be here. */
export default function FeedbackPage() {
  return (
    <PageShell>
      <BranchSwitcher />
      <View className="sb-card">
        <StateView empty emptyTitle="意见反馈即将上线" emptyHint="上线后可以在这里提建议、反映诉求、报告安全隐患，并查看处理进度。" />
      </View>
    </PageShell>
  );
}
