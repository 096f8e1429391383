/** The 花名册 as it is shown: a list on a phone (tap a person to manage them), a table's columns on a computer. */
import { BRANCH_ROLE_LABELS, formatCst, type Member } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import type { DataTableColumn } from '../../components/data-table';
import { RoleTag } from '../../components/role-tag';

/** The 花名册 on a phone: one row per person; the secretary taps one to set role and 班组. */
export function MemberList({ members, canManage, onSelect }: { members: Member[]; canManage: boolean; onSelect(member: Member): void }) {
  return (
    <View>
      <Text className="members-count sb-muted">
        共 {members.length} 人{canManage ? '，点一位成员可设置角色和班组' : ''}
      </Text>
      {members.map((member) => (
        <View
          key={member.userId}
          className="sb-list-item"
          role={canManage ? 'button' : undefined}
          aria-label={`${member.name ?? '未填写姓名'}，${member.workTeam ?? '未分班组'}`}
          onClick={() => canManage && onSelect(member)}
        >
          <View className="members-item__text">
            <Text className="members-item__name">{member.name ?? '未填写姓名'}</Text>
            <Text className="sb-muted">
              {member.workTeam ?? '未分班组'}
              {member.unitName ? ` · ${member.unitName}` : ''}
            </Text>
          </View>
          {member.rosterOnly && <Text className="members-item__roster">未登录</Text>}
          <RoleTag role={member.role} />
        </View>
      ))}
    </View>
  );
}

/** The 花名册 as a table on a computer. */
export const ROSTER_COLUMNS: DataTableColumn<Member>[] = [
  { key: 'name', label: '姓名', value: (m) => m.name ?? '未填写姓名' },
  { key: 'login', label: '登录', value: (m) => (m.rosterOnly ? '未登录（花名册）' : '已登录') },
  { key: 'role', label: '角色', value: (m) => BRANCH_ROLE_LABELS[m.role], render: (m) => <RoleTag role={m.role} /> },
  { key: 'team', label: '班组', value: (m) => m.workTeam ?? '未分班组' },
  { key: 'unit', label: '单位', value: (m) => m.unitName },
  { key: 'phone', label: '手机', value: (m) => m.phone },
  { key: 'joinedAt', label: '加入时间', value: (m) => m.joinedAt, render: (m) => formatCst(m.joinedAt).slice(0, 10), numeric: true },
];
