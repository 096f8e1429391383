import type { BranchRole, Member } from '@sitebranch/shared';
import { Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { DataTable } from '../../components/data-table';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useLabelledNativeInput } from '../../components/inner-attribute';
import { ActionSheet, Button } from '../../components/ui';
import { useDesktop } from '../../hooks/use-desktop';
import { useRequest } from '../../hooks/use-request';
import { useAppState } from '../../state/app-state';
import { type Claim, ClaimCodeDialog } from './claim-code-dialog';
import { memberActions, type MemberAction } from './member-actions';
import { MemberList, ROSTER_COLUMNS } from './member-list';
import { RosterPanel } from './roster-panel';
import { TeamDialog, type TeamEdit } from './team-dialog';
import './index.css';
import { routes } from '../../api/routes';

function Roster({ branchId, canManage }: { branchId: string; canManage: boolean }) {
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<Member | null>(null);
  const [editingTeam, setEditingTeam] = useState<TeamEdit | null>(null);
  const [claim, setClaim] = useState<Claim | null>(null);
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

      <ClaimCodeDialog claim={claim} onClose={() => setClaim(null)} />

      <TeamDialog
        editing={editingTeam}
        onInput={(value) => setEditingTeam((t) => (t ? { ...t, value } : t))}
        onClose={() => setEditingTeam(null)}
        onSave={(member, workTeam) => void change(member, { workTeam }).catch(() => undefined)}
      />
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
