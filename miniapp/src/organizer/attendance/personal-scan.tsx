import { TEXT_MAX } from '@sitebranch/shared';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { routes } from '../../api/routes';

/**
 * Checking someone in by their 我的签到码: the camera on weapp; on H5 (a PC at the site office) a
 * handheld scanner types the code into the field, or it is pasted.
 */
export function PersonalScan({ eventId, onSignedIn }: { eventId: string; onSignedIn(): void }) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function send(scanned: string) {
    setBusy(true);
    setError(undefined);
    try {
      const result = await api(routes.personalCheckIn, { params: { id: eventId }, body: { code: scanned.trim() } }, { toast: false });
      const who = result.name ?? '该成员';
      void Taro.showToast({ title: result.alreadyCheckedIn ? `${who}已签到过` : `${who}签到成功`, icon: 'success' });
      setCode('');
      onSignedIn();
    } catch (e) {
      setError((e as ApiRequestError).message);
    } finally {
      setBusy(false);
    }
  }

  async function scan() {
    try {
      const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
      await send(result);
    } catch {
      // Closed the camera: nothing to do.
    }
  }

  return (
    <View className="sb-card attendance__scan">
      {process.env.TARO_ENV === 'weapp' && (
        <Button type="primary" onClick={() => void scan()}>
          扫成员的个人签到码
        </Button>
      )}
      <TextField
        id="personal-code"
        label="个人签到码（扫码枪或粘贴）"
        value={code}
        maxlength={TEXT_MAX.personalCode}
        placeholder="SBP1.…"
        onChange={setCode}
        error={error}
      />
      <Button type="primary" fill="outline" loading={busy} disabled={!code.trim()} onClick={() => void send(code)}>
        按个人码签到
      </Button>
    </View>
  );
}
