import { BRANCH_KIND_LABELS, UNIT_KIND_LABELS } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { ListRow } from '../../components/list-row';
import { RoleTag } from '../../components/role-tag';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import { useAppState } from '../../state/app-state';
import { maskPhone } from '../../utils/phone';

export function Profile() {
  const { me, currentMembership } = useAppState();
  if (!me) return null;
  return (
    <View className="sb-card me-profile">
      <View className="sb-row">
        <Text className="me-profile__name">{me.name ?? '未填写姓名'}</Text>
        <Button size="small" type="primary" fill="outline" onClick={() => openPage(PAGES.profile)}>
          编辑资料
        </Button>
      </View>
      <Text className="me-profile__line">手机：{me.phone ? maskPhone(me.phone) : '未填写'}</Text>
      {currentMembership && (
        <Text className="me-profile__line">
          班组：{currentMembership.workTeam ?? '未分班组'}（{currentMembership.branchName}）
        </Text>
      )}
      <Text className="me-profile__line">
        单位：{me.unitName ?? '未填写'}
        {me.unitKind ? `（${UNIT_KIND_LABELS[me.unitKind]}）` : ''}
      </Text>
    </View>
  );
}

/** The person's branches; tapping one makes it the current branch. */
export function Memberships() {
  const { me, currentMembership, setCurrentBranch } = useAppState();
  const memberships = me?.memberships ?? [];
  return (
    <View>
      <Text className="sb-section-title">我的支部</Text>
      <View className="sb-card sb-list-card">
        {memberships.length === 0 && <Text className="sb-muted">还没有加入任何支部</Text>}
        {memberships.map((m) => (
          <ListRow
            key={m.branchId}
            title={m.branchName}
            note={`${BRANCH_KIND_LABELS[m.branchKind]}支部${m.workTeam ? ` · ${m.workTeam}` : ''}${m.branchId === currentMembership?.branchId ? ' · 当前' : ''}`}
            end={<RoleTag role={m.role} />}
            label={`${m.branchName}，切换到该支部`}
            onClick={() => setCurrentBranch(m.branchId)}
          />
        ))}
      </View>
    </View>
  );
}
