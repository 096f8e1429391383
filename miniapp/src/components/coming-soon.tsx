import { View } from '@tarojs/components';
import { BranchSwitcher } from './branch-switcher';
import { PageShell } from './page-shell';
import { StateView } from './state-view';

/** A tab whose feature arrives in its own issue: the branch, and a sentence on what will be here. */
export function ComingSoon({ title, hint }: { title: string; hint: string }) {
  return (
    <PageShell>
      <BranchSwitcher />
      <View className="sb-card">
        <StateView empty emptyTitle={title} emptyHint={hint} />
      </View>
    </PageShell>
  );
}
