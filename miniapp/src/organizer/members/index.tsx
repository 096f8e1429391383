import { BRANCH_ROLE_LABELS, type BranchRole, formatCst, type Member, TEXT_MAX } from '@sitebranch/shared';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { DataTable, type DataTableColumn } from '../../components/data-table';
import { PageShell } from '../../components/page-shell';
import { RoleTag } from '../../components/role-tag';
import { StateView } from '../../components/state-view';
import { useLabelledNativeInput } from '../../components/inner-attribute';
import { ActionSheet, Button, Dialog } from '../../components/ui';
import { useDesktop } from '../../hooks/use-desktop';
import { useRequest } from '../../hooks/use-request';
import { useAppState } from '../../state/app-state';
import { memberActions, type MemberAction } from './member-actions';
import { RosterPanel } from './roster-panel';
import './index.css';
import { routes } from '../../api/routes';

/** The 花名册 on a phone: one row per person; the secretary taps one to set role and 班组. */
function MemberList({ members, canManage, onSelect }: { members: Member[]; canManage: boolean; onSelect(member: Member): void }) {
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
const ROSTER_COLUMNS: DataTableColumn<Member>[] = [
  { key: 'name', label: '姓名', value: (m) => m.name ?? '未填写姓名' },
  { key: 'login', label: '登录', value: (m) => (m.rosterOnly ? '未登录（花名册）' : '已登录') },
  { key: 'role', label: '角色', value: (m) => BRANCH_ROLE_LABELS[m.role], render: (m) => <RoleTag role={m.role} /> },
  { key: 'team', label: '班组', value: (m) => m.workTeam ?? '未分班组' },
  { key: 'unit', label: '单位', value: (m) => m.unitName },
  { key: 'phone', label: '手机', value: (m) => m.phone },
  { key: 'joinedAt', label: '加入时间', value: (m) => m.joinedAt, render: (m) => formatCst(m.joinedAt).slice(0, 10), numeric: true },
];

function Roster({ branchId, canManage }: { branchId: string; canManage: boolean }) {
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Member | null>(null);
  const [editingTeam, setEditingTeam] = useState<{ member: Member; value: string } | null>(null);
  const [claim, setClaim] = useState<{ member: Member; code: string; expiresAt: number } | null>(null);
  useLabelledNativeInput('members-search', '搜索姓名');
  useLabelledNativeInput('members-team', '班组');
  const roster = useRequest(
    () => api(routes.listMembers, { params: { id: branchId }, query: { q: search.trim() || undefined } }, { toast: false }),
    [branchId, search],
  );
  const members = roster.data?.members ?? [];
  // On a computer the table has its own search over the whole roster.
  const desktop = useDesktop();

  async function change(member: Member, body: { role?: BranchRole; workTeam?: string | null }) {
    await api(routes.updateMember, { params: { id: branchId, userId: member.userId }, body });
    void Taro.showToast({ title: '已更新', icon: 'success' });
    await roster.reload();
  }

  async function act(member: Member, action: MemberAction) {
    setSelected(null);
    try {
      if (action.kind === 'role') await change(member, { role: action.role });
      if (action.kind === 'workTeam') setEditingTeam({ member, value: member.workTeam ?? '' });
      if (action.kind === 'claimCode')
        setClaim({ member, ...(await api(routes.createClaimCode, { params: { id: branchId, userId: member.userId } })) });
      if (action.kind === 'remove') {
        const { confirm } = await Taro.showModal({
          title: '移出支部',
          content: `确定将${member.name ?? '该成员'}移出支部吗？`,
          confirmColor: '#b3121a',
        });
        if (!confirm) return;
        await api(routes.removeMember, { params: { id: branchId, userId: member.userId } });
        await roster.reload();
      }
    } catch {
      // Shown by the request module.
    }
  }

  return (
    <View>
      {canManage && <RosterPanel branchId={branchId} onChanged={() => void roster.reload()} />}
      <View className="sb-field" style={desktop ? { display: 'none' } : undefined}>
        <Input
          id="members-search"
          className="sb-field__input"
          value={search}
          placeholder="搜索姓名"
          confirmType="search"
          onInput={(e) => setSearch(e.detail.value)}
        />
      </View>
      <StateView
        loading={roster.loading && !roster.data}
        error={roster.error}
        onRetry={() => void roster.reload()}
        empty={members.length === 0}
        emptyTitle={search ? '没有找到这个人' : '支部还没有成员'}
      >
        {desktop ? (
          <DataTable
            rowHeader="name"
            caption="成员"
            columns={ROSTER_COLUMNS}
            rows={members}
            rowKey={(m) => m.userId}
            actions={
              canManage
                ? (m) => (
                    <button type="button" className="sb-table__link" aria-label={`设置${m.name ?? '成员'}`} onClick={() => setSelected(m)}>
                      设置
                    </button>
                  )
                : undefined
            }
          />
        ) : (
          <MemberList members={members} canManage={canManage} onSelect={setSelected} />
        )}
      </StateView>

      <ActionSheet
        visible={selected !== null}
        title={selected ? `${selected.name ?? '成员'}` : ''}
        cancelText="取消"
        options={selected ? memberActions(selected).map((o) => ({ name: o.name, danger: Boolean(o.danger) })) : []}
        onSelect={(_option, index) => selected && void act(selected, memberActions(selected)[index]!.action)}
        onCancel={() => setSelected(null)}
      />

      <Dialog
        visible={claim !== null}
        title={claim ? `${claim.member.name ?? '成员'}的认领码` : ''}
        confirmText="知道了"
        hideCancelButton
        onConfirm={() => setClaim(null)}
        onCancel={() => setClaim(null)}
      >
        {claim && (
          <View className="members-claim">
            <Text className="members-claim__code" aria-label={`认领码 ${claim.code.split('').join(' ')}`}>
              {claim.code}
            </Text>
            <Text className="sb-muted">
              请交给{claim.member.name ?? '本人'}：用自己的微信登录小程序，在“加入支部”选“我有认领码”并输入。之前的签到都会算在他名下。
              {formatCst(claim.expiresAt).slice(0, 16)} 前有效，只能用一次。
            </Text>
          </View>
        )}
      </Dialog>

      <Dialog
        visible={editingTeam !== null}
        title="修改班组"
        confirmText="保存"
        cancelText="取消"
        onCancel={() => setEditingTeam(null)}
        onConfirm={() => {
          if (!editingTeam) return;
          const { member, value } = editingTeam;
          setEditingTeam(null);
          void change(member, { workTeam: value.trim() || null }).catch(() => undefined);
        }}
      >
        <Input
          id="members-team"
          className="sb-field__input"
          value={editingTeam?.value ?? ''}
          maxlength={TEXT_MAX.workTeam}
          placeholder="如：钢筋班（留空表示未分班组）"
          onInput={(e) => setEditingTeam((t) => (t ? { ...t, value: e.detail.value } : t))}
        />
      </Dialog>
    </View>
  );
}

export default function MembersPage() {
  const { currentMembership } = useAppState();
  return (
    <PageShell>
      {currentMembership && currentMembership.role !== 'masses' && currentMembership.role !== 'member' ? (
        <Roster branchId={currentMembership.branchId} canManage={currentMembership.role === 'secretary'} />
      ) : (
        <StateView
          empty
          emptyTitle="只有支委和书记可以查看花名册"
          emptyAction={<Button onClick={() => void Taro.navigateBack()}>返回</Button>}
        />
      )}
    </PageShell>
  );
}
