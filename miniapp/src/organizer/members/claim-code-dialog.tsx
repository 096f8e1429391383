/** A roster worker's claim code, shown to the secretary to hand over: how to use it, until when. */
import { formatCst, type Member } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { Dialog } from '../../components/ui';

export interface Claim {
  member: Member;
  code: string;
  expiresAt: number;
}

export function ClaimCodeDialog({ claim, onClose }: { claim: Claim | null; onClose(): void }) {
  return (
    <Dialog
      visible={claim !== null}
      title={claim ? `${claim.member.name ?? '成员'}的认领码` : ''}
      confirmText="知道了"
      hideCancelButton
      onConfirm={onClose}
      onCancel={onClose}
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
  );
}
