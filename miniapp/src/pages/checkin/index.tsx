import { View } from '@tarojs/components';
import { BranchSwitcher } from '../../components/branch-switcher';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';

/** The 签到 tab. Its features arrive in their own issue; until then it says what will be here. */
export default function CheckinPage() {
  return (
    <PageShell>
      <BranchSwitcher />
      <View className="sb-card">
        <StateView empty emptyTitle="扫码签到即将上线" emptyHint="组织者发布活动后，在会场扫描签到二维码即可签到；没有信号时也能先记下，来网后自动上传。" />
      </View>
    </PageShell>
  );
}
