import { BRANCH_ROLE_LABELS, formatCst, type BranchRole, type Invite } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { QrCode } from '../../components/qr-code';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { appLink } from '../../nav';
import { useAppState } from '../../state/app-state';
import './index.css';
import { routes } from '../../api/routes';

function inviteStatus(invite: Invite): string | null {
  if (invite.revoked) return '已作废';
  if (invite.expiresAt <= Date.now()) return '已过期';
  if (invite.uses >= invite.maxUses) return '已用完';
  return null;
}

function InviteCard({ invite, onRevoke }: { invite: Invite; onRevoke(): void }) {
  const status = inviteStatus(invite);
  const [showQr, setShowQr] = useState(false);
  return (
    <View className={status ? 'sb-card invite invite--dead' : 'sb-card invite'}>
      <View className="sb-row">
        <Text className="invite__code" aria-label={`邀请码 ${invite.code.split('').join(' ')}`}>
          {invite.code}
        </Text>
        <Text className="sb-muted">{status ?? `加入后为${BRANCH_ROLE_LABELS[invite.role]}`}</Text>
      </View>
      <Text className="sb-muted">
        已用 {invite.uses}/{invite.maxUses} 次 · {formatCst(invite.expiresAt)} 到期
      </Text>
      {!status && (
        <View className="invite__actions">
          <Button size="small" type="primary" fill="outline" onClick={() => void Taro.setClipboardData({ data: invite.code })}>
            复制
          </Button>
          <Button size="small" type="primary" fill="outline" onClick={() => setShowQr(!showQr)}>
            {showQr ? '收起二维码' : '二维码'}
          </Button>
          <Button size="small" type="default" onClick={onRevoke}>
            作废
          </Button>
        </View>
      )}
      {!status && showQr && (
        <View className="invite__qr">
          <QrCode
            id={`invite-qr-${invite.code}`}
            text={appLink(`/pages/join/index?code=${invite.code}`)}
            label={`加入支部的二维码，邀请码 ${invite.code}`}
            size={440}
          />
          <Text className="sb-muted">用微信扫一扫，或在“我的 → 加入支部”里扫码</Text>
        </View>
      )}
    </View>
  );
}

function Invites({ branchId }: { branchId: string }) {
  const [creating, setCreating] = useState<BranchRole | null>(null);
  const list = useRequest(() => api(routes.listInvites, { params: { id: branchId } }, { toast: false }), [branchId]);
  const invites = list.data?.invites ?? [];

  async function create(role: BranchRole) {
    setCreating(role);
    try {
      await api(routes.createInvite, { params: { id: branchId }, body: { role, expiresInHours: 168, maxUses: 200 } });
      await list.reload();
    } catch {
      // Shown by the request module.
    } finally {
      setCreating(null);
    }
  }

  async function revoke(code: string) {
    const { confirm } = await Taro.showModal({
      title: '作废邀请码',
      content: `作废后 ${code} 不能再用于加入支部。`,
      confirmColor: '#b3121a',
    });
    if (!confirm) return;
    await api(routes.revokeInvite, { params: { code } }).catch(() => undefined);
    await list.reload();
  }

  return (
    <View>
      <Text className="sb-muted invites-hint">
        把邀请码读给工友，或让他们在“我的 → 加入支部”里输入。每个码的有效期和可用人数写在它下面。
      </Text>
      <View className="sb-actions">
        <Button type="primary" loading={creating === 'masses'} onClick={() => void create('masses')}>
          生成群众邀请码
        </Button>
        <Button type="primary" fill="outline" loading={creating === 'member'} onClick={() => void create('member')}>
          生成党员邀请码
        </Button>
      </View>
      <StateView
        loading={list.loading && !list.data}
        error={list.error}
        onRetry={() => void list.reload()}
        empty={invites.length === 0}
        emptyTitle="还没有邀请码"
        emptyHint="点上面的按钮生成一个。"
      >
        {invites.map((invite) => (
          <InviteCard key={invite.code} invite={invite} onRevoke={() => void revoke(invite.code)} />
        ))}
      </StateView>
    </View>
  );
}

export default function InvitesPage() {
  const { currentMembership } = useAppState();
  return (
    <PageShell>
      {currentMembership?.role === 'secretary' ? (
        <Invites branchId={currentMembership.branchId} />
      ) : (
        <StateView empty emptyTitle="只有书记可以管理邀请码" />
      )}
    </PageShell>
  );
}
