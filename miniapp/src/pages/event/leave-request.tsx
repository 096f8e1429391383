import { type EventForMe, TEXT_MAX } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { routes } from '../../api/routes';
import { askToNotify } from '../../notices/subscribe';

/** 请假: the member writes why, before the event starts; the organizer decides. */
export function LeaveRequest({ event, onSent }: { event: EventForMe; onSent(): void }) {
  const [reason, setReason] = useState(event.mine.leave?.reason ?? '');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const asked = event.mine.leave !== null;

  async function send() {
    setSending(true);
    setError(undefined);
    try {
      await api(routes.leave, { params: { id: event.id }, body: { reason } }, { toast: false });
      // The decision comes as a notice: the moment to ask WeChat for consent (weapp).
      void askToNotify('leave');
      void Taro.showToast({ title: '已提交，等待审批', icon: 'success' });
      onSent();
    } catch (e) {
      const failure = e as ApiRequestError;
      setError(failure.fields?.reason ?? failure.message);
    } finally {
      setSending(false);
    }
  }

  return (
    <View className="sb-card event-leave">
      <Text className="event-section__title">{asked ? '修改请假' : '不能参加？请假'}</Text>
      <TextField
        id="leave-reason"
        label="请假原因"
        value={reason}
        maxlength={TEXT_MAX.attendanceReason}
        placeholder="如：在外地施工，无法到场"
        onChange={setReason}
        error={error}
      />
      <Button type="primary" loading={sending} disabled={reason.trim().length < 2} onClick={() => void send()}>
        {asked ? '重新提交请假' : '提交请假'}
      </Button>
      <Text className="sb-muted">活动开始前可以请假，由支委或书记审批。</Text>
    </View>
  );
}
