import type { DisciplineContact, Member } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { RegionBranches } from '../../region/region-branches';
import { useAppState } from '../../state/app-state';
import './index.css';
import { routes } from '../../api/routes';

const who = (p: { name: string | null; phone: string | null }) => [p.name ?? '未填姓名', p.phone].filter(Boolean).join(' · ');

/** The people now appointed, each with 取消. */
function Contacts({ regionId, contacts, onChanged }: { regionId: string; contacts: DisciplineContact[]; onChanged(): Promise<unknown> }) {
  async function remove(contact: DisciplineContact) {
    const { confirm } = await Taro.showModal({
      title: '取消纪检联系人',
      content: `确定取消${contact.name ?? '此人'}的纪检联系人职责吗？`,
      confirmColor: '#b3121a',
    });
    if (!confirm) return;
    try {
      await api(routes.removeDisciplineContact, { params: { id: regionId, userId: contact.userId } });
      await onChanged();
    } catch {
      // Shown by the request module (e.g. the last contact while reports are open).
    }
  }
  if (contacts.length === 0) {
    return (
      <StateView
        empty
        emptyTitle="还没有纪检联系人"
        emptyHint="指定之后，工友可以把廉政监督越过支部直接报送给纪检联系人；匿名的廉政监督默认报送给纪检联系人。"
      />
    );
  }
  return (
    <View className="sb-card discipline-contacts__list">
      {contacts.map((c) => (
        <View key={c.userId} className="sb-list-item sb-row">
          <View className="discipline-contacts__who">
            <Text>{who(c)}</Text>
            <Text className="sb-muted">{[c.branchName, c.unitName].filter(Boolean).join(' · ') || '未填单位'}</Text>
          </View>
          <Button size="small" type="default" onClick={() => void remove(c)}>
            取消
          </Button>
        </View>
      ))}
    </View>
  );
}

/** A name in one branch's roster, each with 指定 (or 已是纪检联系人). */
function MemberPicker({
  regionId,
  branchId,
  appointed,
  onChanged,
}: {
  regionId: string;
  branchId: string;
  appointed: Set<string>;
  onChanged(): Promise<unknown>;
}) {
  const [search, setSearch] = useState('');
  const members = useRequest(
    () => api(routes.listMembers, { params: { id: branchId }, query: { q: search.trim() || undefined } }, { toast: false }),
    [branchId, search],
  );

  async function appoint(member: Member) {
    try {
      await api(routes.appointDisciplineContact, { params: { id: regionId }, body: { userId: member.userId } });
      void Taro.showToast({ title: '已指定', icon: 'success' });
      await onChanged();
    } catch {
      // Shown by the request module.
    }
  }

  return (
    <View className="sb-card">
      <TextField id="discipline-search" label="查找成员" value={search} placeholder="输入姓名" onChange={setSearch} />
      <StateView
        loading={members.loading && !members.data}
        error={members.data ? null : members.error}
        onRetry={() => void members.reload()}
        empty={members.data?.members.length === 0}
        emptyTitle="没有找到成员"
      >
        {members.data?.members.map((m) => (
          <View key={m.userId} className="sb-list-item sb-row">
            <Text className="discipline-contacts__who">{who(m)}</Text>
            {appointed.has(m.userId) ? (
              <Text className="sb-muted">已是纪检联系人</Text>
            ) : (
              <Button size="small" type="primary" onClick={() => void appoint(m)}>
                指定
              </Button>
            )}
          </View>
        ))}
      </StateView>
    </View>
  );
}

/**
 * 纪检联系人: the region admin appoints the people who handle 廉政监督 sent past the branches, so
 * that a report about a branch's own staff never lands with them.
 */
export default function DisciplineContactsPage() {
  const { me } = useAppState();
  const region = me?.adminRegions[0];
  const regionId = region?.regionId ?? '';
  const contacts = useRequest(() => api(routes.listDisciplineContacts, { params: { id: regionId } }, { toast: false }), [regionId]);
  if (!region) {
    return (
      <PageShell>
        <StateView empty emptyTitle="只有区域管理员可以指定纪检联系人" />
      </PageShell>
    );
  }
  const list = contacts.data?.contacts ?? [];
  const appointed = new Set(list.map((c) => c.userId));
  return (
    <PageShell>
      <Text className="sb-section-title">{region.regionName} · 纪检联系人</Text>
      <StateView
        loading={contacts.loading && !contacts.data}
        error={contacts.data ? null : contacts.error}
        onRetry={() => void contacts.reload()}
      >
        <Contacts regionId={regionId} contacts={list} onChanged={contacts.reload} />
      </StateView>
      <Text className="sb-section-title">指定纪检联系人</Text>
      <RegionBranches hint="从支部成员中指定">
        {(branchId) => (
          <MemberPicker key={branchId} regionId={regionId} branchId={branchId} appointed={appointed} onChanged={contacts.reload} />
        )}
      </RegionBranches>
    </PageShell>
  );
}
