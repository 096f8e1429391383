import { Text, View } from '@tarojs/components';
import { useCallback, useEffect, useState } from 'react';
import type { ApiRequestError } from '../../api/errors';
import { PageShell } from '../../components/page-shell';
import { QrCode } from '../../components/qr-code';
import { StateView } from '../../components/state-view';
import { useServerClock } from '../../hooks/use-server-clock';
import { fetchPersonalKey, personalCodeAt, storedPersonalKey, type StoredPersonalKey } from '../../checkin/personal-code';
import { useAppState } from '../../state/app-state';
import './index.css';

function RotatingPersonalCode({ personalKey, name }: { personalKey: StoredPersonalKey; name: string }) {
  const now = useServerClock(personalKey.offsetMs);
  const { code, secondsLeft } = personalCodeAt(personalKey, now);
  return (
    <View className="sb-card my-code">
      <Text className="my-code__name">{name}</Text>
      <QrCode id="personal-qr" text={code} label={`${name}的个人签到码`} size={480} />
      <View className="my-code__hint" role="timer">
        每分钟自动更新 · {secondsLeft} 秒后更新
      </View>
      <Text className="sb-muted">扫不了活动二维码时，请把这个码出示给支委或书记，由他们扫码为您签到。截图转发无效。</Text>
    </View>
  );
}

/** 我的签到码: shown at the gate even with no signal once the key has been fetched once. */
export default function MyCodePage() {
  const { me } = useAppState();
  const [personalKey, setPersonalKey] = useState(() => storedPersonalKey(me?.id));
  const [error, setError] = useState<ApiRequestError | null>(null);

  // Stable (it reads only state setters), so the effect below runs for a new person, not on each render.
  const load = useCallback(async () => {
    setError(null);
    try {
      setPersonalKey(await fetchPersonalKey());
    } catch (e) {
      // With a stored key the code keeps working; only say something when there is none.
      setError(e as ApiRequestError);
    }
  }, []);

  // When the person is known (or changes): their stored key at once, then a fresh one.
  const meId = me?.id;
  useEffect(() => {
    if (!meId) return;
    setPersonalKey((current) => current ?? storedPersonalKey(meId));
    void load();
  }, [meId, load]);

  return (
    <PageShell>
      <StateView loading={!personalKey && !error} error={personalKey ? null : error} onRetry={() => void load()}>
        {personalKey && <RotatingPersonalCode personalKey={personalKey} name={me?.name ?? '未填写姓名'} />}
      </StateView>
    </PageShell>
  );
}
