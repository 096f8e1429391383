/**
 * 认领花名册: someone the secretary put on the 花名册 before they had a login enters the claim code
 * they were handed, sees whose place it is, and becomes that member, with the check-ins made for them.
 */
import type { ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import { useAppState } from '../../state/app-state';
import { extractInviteCode } from './invite-code';
import { routes } from '../../api/routes';

type Preview = ResponseOf<typeof routes.previewClaim>;

export function ClaimForm({ initialCode }: { initialCode: string }) {
  const { reload, setCurrentBranch } = useAppState();
  const [input, setInput] = useState(initialCode);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  // Claim codes are written like invite codes: 8 letters and digits without look-alikes.
  const code = extractInviteCode(input);

  useEffect(() => {
    setPreview(null);
    setError(undefined);
    if (!code) return;
    let stale = false;
    api(routes.previewClaim, { params: { code } }, { toast: false })
      .then((found) => !stale && setPreview(found))
      .catch((e: Error) => !stale && setError(e.message));
    return () => {
      stale = true;
    };
  }, [code]);

  async function claim() {
    if (!code) return;
    setBusy(true);
    try {
      const joined = await api(routes.claimRosterPerson, { params: { code } });
      setCurrentBranch(joined.branchId);
      await reload();
      void Taro.showToast({ title: '认领成功', icon: 'success' });
      setTimeout(() => openPage(`${PAGES.profile}?welcome=1`, { replace: true }), 600);
    } catch {
      // Shown by the request module.
    } finally {
      setBusy(false);
    }
  }

  return (
    <View>
      <TextField
        id="claim-code"
        label="认领码"
        value={input}
        maxlength={60}
        placeholder="书记给您的 8 位认领码"
        onChange={setInput}
        error={error}
      />
      {preview && (
        <View className="sb-card" aria-live="polite">
          <Text className="sb-section-title" style={{ margin: 0 }}>
            {preview.name}
            {preview.workTeam ? ` · ${preview.workTeam}` : ''}
          </Text>
          <Text className="sb-muted">
            {preview.branchName}花名册上的人员。认领后您就是这名成员，之前的签到都算在您名下。不是您本人请不要认领。
          </Text>
        </View>
      )}
      <View className="sb-actions">
        <Button type="primary" disabled={!preview} loading={busy} onClick={() => void claim()}>
          {preview ? `我是${preview.name}，认领` : '认领'}
        </Button>
      </View>
    </View>
  );
}
