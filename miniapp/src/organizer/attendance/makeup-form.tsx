import { TEXT_MAX } from '@sitebranch/shared';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { routes } from '../../api/routes';

/** 补签 after check-in has closed: the organizer writes why this person counts as present. */
export function MakeupForm({ eventId, userId, name, onDone }: { eventId: string; userId: string; name: string; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [saving, setSaving] = useState(false);

  async function save() {
    setSaving(true);
    setError(undefined);
    try {
      await api(routes.makeupCheckIn, { params: { id: eventId }, body: { userId, reason } }, { toast: false });
      void Taro.showToast({ title: `已为${name}补签`, icon: 'success' });
      onDone();
    } catch (e) {
      const failure = e as ApiRequestError;
      setError(failure.fields?.reason ?? failure.message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <View className="attendance__makeup">
      <TextField
        id={`makeup-${userId}`}
        label={`为${name}补签的原因`}
        value={reason}
        maxlength={TEXT_MAX.attendanceReason}
        placeholder="如：手机没电，现场已到"
        onChange={setReason}
        error={error}
      />
      <Button type="primary" size="small" loading={saving} disabled={reason.trim().length < 2} onClick={() => void save()}>
        确认补签
      </Button>
    </View>
  );
}
