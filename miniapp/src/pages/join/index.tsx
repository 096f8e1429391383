import { BRANCH_KIND_LABELS, BRANCH_ROLE_LABELS, type ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { Tabs } from '../../components/tabs';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import { useAppState } from '../../state/app-state';
import { ClaimForm } from './claim-form';
import { extractInviteCode } from './invite-code';
import { routes } from '../../api/routes';

type Preview = ResponseOf<typeof routes.previewInvite>;

function JoinForm() {
  const router = useRouter();
  const { reload, setCurrentBranch } = useAppState();
  const [input, setInput] = useState(router.params.code ?? '');
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const code = extractInviteCode(input);

  // Look the code up as soon as it is complete, so the person sees which branch they are joining.
  useEffect(() => {
    setPreview(null);
    setError(undefined);
    if (!code) return;
    let stale = false;
    api(routes.previewInvite, { params: { code } }, { toast: false })
      .then((found) => !stale && setPreview(found))
      .catch((e: Error) => !stale && setError(e.message));
    return () => {
      stale = true;
    };
  }, [code]);

  async function scan() {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: false });
      const scanned = extractInviteCode(result);
      if (scanned) setInput(scanned);
      else void Taro.showToast({ title: '这不是支部邀请二维码', icon: 'none' });
    } catch {
      // The person closed the scanner.
    }
  }

  async function join() {
    if (!code) return;
    setBusy(true);
    try {
      const joined = await api(routes.joinByInvite, { params: { code } });
      setCurrentBranch(joined.branchId);
      await reload();
      void Taro.showToast({ title: joined.alreadyMember ? '您已在该支部' : '加入成功', icon: 'success' });
      // A newcomer is welcomed and asked for what organizers need: the name, the 班组, the phone.
      setTimeout(() => openPage(joined.alreadyMember ? PAGES.home : `${PAGES.profile}?welcome=1`, { replace: true }), 600);
    } catch {
      // Shown by the request module.
    } finally {
      setBusy(false);
    }
  }

  return (
    <View>
      <View className="sb-card">
        <View className="sb-page-title" role="heading" aria-level={1}>
          加入支部
        </View>
        <Text className="sb-muted">输入书记或支委给您的邀请码，或扫描邀请二维码。</Text>
      </View>
      <TextField
        id="join-code"
        label="邀请码"
        value={input}
        maxlength={60}
        placeholder="8 位字母和数字，如 JZGD8888"
        onChange={setInput}
        error={error}
      />
      {process.env.TARO_ENV === 'weapp' && (
        <View className="sb-actions">
          <Button type="default" onClick={() => void scan()}>
            扫一扫邀请二维码
          </Button>
        </View>
      )}
      {preview && (
        <View className="sb-card" aria-live="polite">
          <Text className="sb-section-title" style={{ margin: 0 }}>
            {preview.branchName}
          </Text>
          <Text className="sb-muted">
            {BRANCH_KIND_LABELS[preview.branchKind]}支部 · 加入后身份：{BRANCH_ROLE_LABELS[preview.role]}
          </Text>
          {!preview.usable && <Text className="sb-field__error">该邀请码已失效，请向书记索取新的邀请码</Text>}
        </View>
      )}
      <View className="sb-actions">
        <Button type="primary" disabled={!preview?.usable} loading={busy} onClick={() => void join()}>
          {preview ? `加入${preview.branchName}` : '加入支部'}
        </Button>
      </View>
    </View>
  );
}

/** 加入支部 by an invite code, or, for someone already on the 花名册, by the claim code the secretary gave them. */
export default function JoinPage() {
  const router = useRouter();
  const [mode, setMode] = useState<'invite' | 'claim'>(router.params.claim ? 'claim' : 'invite');
  return (
    <PageShell>
      <Tabs<'invite' | 'claim'>
        label="加入方式"
        items={[
          { key: 'invite', label: '我有邀请码' },
          { key: 'claim', label: '我有认领码' },
        ]}
        value={mode}
        onChange={setMode}
      />
      {mode === 'invite' ? <JoinForm /> : <ClaimForm initialCode={router.params.claim ?? ''} />}
    </PageShell>
  );
}
