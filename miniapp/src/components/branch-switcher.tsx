import { BRANCH_KIND_LABELS } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { useAppState } from '../state/app-state';
import { RoleTag } from './role-tag';
import { ActionSheet } from './ui';
import './branch-switcher.css';

/** The branch on screen, and for people in several branches a way to switch. */
export function BranchSwitcher() {
  const { me, currentMembership, setCurrentBranch } = useAppState();
  const [open, setOpen] = useState(false);
  const memberships = me?.memberships ?? [];
  if (!currentMembership) return null;
  const canSwitch = memberships.length > 1;

  return (
    <View className="sb-switcher">
      <View className="sb-switcher__main">
        <Text className="sb-switcher__name">{currentMembership.branchName}</Text>
        <View className="sb-switcher__meta">
          <Text className="sb-muted">{BRANCH_KIND_LABELS[currentMembership.branchKind]}支部</Text>
          <RoleTag role={currentMembership.role} />
        </View>
      </View>
      {canSwitch && (
        <View className="sb-switcher__button" role="button" aria-label="切换支部" onClick={() => setOpen(true)}>
          <Text>切换支部</Text>
        </View>
      )}
      <ActionSheet
        visible={open}
        title="切换到哪个支部？"
        cancelText="取消"
        options={memberships.map((m) => ({
          name: m.branchName,
          description: `${BRANCH_KIND_LABELS[m.branchKind]}支部`,
          branchId: m.branchId,
        }))}
        onSelect={(option) => {
          setCurrentBranch((option as { branchId: string }).branchId);
          setOpen(false);
        }}
        onCancel={() => setOpen(false)}
      />
    </View>
  );
}
