import { BRANCH_ROLE_LABELS, type Member, type RegionBranch } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { StateView } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { routes } from '../../api/routes';

type Former = 'committee' | 'member' | 'keep';
const FORMER: { key: Former; label: string }[] = [
  { key: 'committee', label: '改为支委' },
  { key: 'member', label: '改为党员' },
  { key: 'keep', label: '保留书记' },
];
const who = (p: { name: string | null; phone: string | null }) => [p.name ?? '未填姓名', p.phone].filter(Boolean).join(' · ');

/** A one-use secretary invite for someone not yet in the branch (a new branch has nobody). */
function SecretaryInvite({ branchId }: { branchId: string }) {
  const [code, setCode] = useState<string | null>(null);
  const [making, setMaking] = useState(false);
  async function make() {
    setMaking(true);
    try {
      setCode(
        (await api(routes.createInvite, { params: { id: branchId }, body: { role: 'secretary', maxUses: 1, expiresInHours: 168 } })).code,
      );
    } catch {
      // Shown by the request module.
    } finally {
      setMaking(false);
    }
  }
  return code ? (
    <View className="region-invite" aria-live="polite">
      <Text className="sb-muted">书记邀请码（7 天内有效，限 1 人）：</Text>
      <Text className="region-invite__code" userSelect>
        {code}
      </Text>
      <Text className="sb-muted">请新书记在小程序“我的 → 加入支部”输入此码，加入后即为书记。</Text>
    </View>
  ) : (
    <Button type="primary" fill="outline" loading={making} onClick={() => void make()}>
      生成书记邀请码（尚未加入支部的人）
    </Button>
  );
}

/** 任命书记: a member of the branch becomes secretary; the former secretaries become what the admin chooses. */
export function AppointSecretary({ regionId, branch, onDone }: { regionId: string; branch: RegionBranch; onDone(): void }) {
  const [search, setSearch] = useState('');
  const [former, setFormer] = useState<Former>('committee');
  const [saving, setSaving] = useState<string | null>(null);
  const members = useRequest(
    () => api(routes.listMembers, { params: { id: branch.id }, query: { q: search.trim() || undefined } }, { toast: false }),
    [branch.id, search],
  );
  const candidates = (members.data?.members ?? []).filter((m) => m.role !== 'secretary');
  const current = branch.secretaries.map((s) => s.name ?? '未填姓名').join('、');

  async function appoint(member: Member) {
    const replacing = branch.secretaries.length > 0 && former !== 'keep';
    const { confirm } = await Taro.showModal({
      title: '任命书记',
      content: `任命${member.name ?? '此人'}为${branch.name}书记？${replacing ? `原书记${current}将${FORMER.find((f) => f.key === former)!.label}。` : ''}`,
    });
    if (!confirm) return;
    setSaving(member.userId);
    try {
      await api(routes.appointSecretary, {
        params: { id: regionId, branchId: branch.id },
        body: { userId: member.userId, formerSecretaries: former },
      });
      void Taro.showToast({ title: '已任命', icon: 'success' });
      onDone();
    } catch {
      // Shown by the request module.
    } finally {
      setSaving(null);
    }
  }

  return (
    <View className="sb-card region-form" aria-label={`任命书记：${branch.name}`}>
      <Text className="results-block__title">任命书记 · {branch.name}</Text>
      <Text className="sb-muted">现任书记：{current || '暂无'}</Text>
      {branch.secretaries.length > 0 && <Tabs<Former> items={FORMER} value={former} onChange={setFormer} label="原书记" />}
      <TextField id="appoint-search" label="从支部成员中选择" value={search} placeholder="输入姓名查找" onChange={setSearch} />
      <StateView
        loading={members.loading && !members.data}
        error={members.data ? null : members.error}
        onRetry={() => void members.reload()}
        empty={candidates.length === 0}
        emptyTitle={search ? '没有找到成员' : '支部里还没有可任命的成员'}
        emptyHint="用下面的书记邀请码请新书记加入。"
      >
        {candidates.map((m) => (
          <View key={m.userId} className="sb-list-item sb-row">
            <View className="results-table__name">
              <Text>{who(m)}</Text>
              <Text className="sb-muted">{BRANCH_ROLE_LABELS[m.role]}</Text>
            </View>
            <Button size="small" type="primary" loading={saving === m.userId} onClick={() => void appoint(m)}>
              任命
            </Button>
          </View>
        ))}
      </StateView>
      <SecretaryInvite branchId={branch.id} />
      <View className="sb-actions">
        <Button type="default" onClick={onDone}>
          完成
        </Button>
      </View>
    </View>
  );
}
