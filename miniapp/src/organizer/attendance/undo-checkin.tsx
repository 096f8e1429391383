import { ORGANIZER_CHECKIN_METHODS, TEXT_MAX } from '@sitebranch/shared';
import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import type { Person } from './person-row';
import { routes } from '../../api/routes';

/** Check-ins an organizer made, which an organizer may undo (roster and personal code while check-in is open; make-ups any time). */
export function canUndo(person: Person, checkinOpen: boolean): boolean {
  return person.method === 'makeup' || (checkinOpen && ORGANIZER_CHECKIN_METHODS.some((method) => method === person.method));
}

/** 撤销 under a person checked in by an organizer: asks why, and the record of it is kept. */
export function UndoCheckin({ eventId, person, onUndone }: { eventId: string; person: Person; onUndone(): void }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();

  async function undo() {
    setError(undefined);
    try {
      await api(routes.undoCheckin, { params: { id: eventId }, body: { userId: person.userId, reason: reason.trim() } }, { toast: false });
      void Taro.showToast({ title: '已撤销', icon: 'success' });
      setOpen(false);
      onUndone();
    } catch (e) {
      const failure = e as ApiRequestError;
      setError(failure.fields?.reason ?? failure.message);
    }
  }

  if (!open) {
    return (
      <Button size="small" type="default" onClick={() => setOpen(true)}>
        撤销
      </Button>
    );
  }
  return (
    <View className="attendance__undo">
      <TextField
        id={`undo-${person.userId}`}
        label={`撤销${person.name ?? '该成员'}的签到：原因`}
        value={reason}
        maxlength={TEXT_MAX.attendanceReason}
        placeholder="如：点错了人"
        onChange={setReason}
        error={error}
      />
      <View className="attendance__leave-actions">
        <Button size="small" type="primary" disabled={reason.trim().length < 2} onClick={() => void undo()}>
          确定撤销
        </Button>
        <Button size="small" type="default" onClick={() => setOpen(false)}>
          取消
        </Button>
      </View>
    </View>
  );
}
