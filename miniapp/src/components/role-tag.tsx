import { BRANCH_ROLE_LABELS, type BranchRole } from '@sitebranch/shared';
import { Text } from '@tarojs/components';
import './role-tag.css';

/** A person's role in a branch, coloured so organizers stand out in a list. */
export function RoleTag({ role }: { role: BranchRole }) {
  return <Text className={`sb-role sb-role--${role}`}>{BRANCH_ROLE_LABELS[role]}</Text>;
}
