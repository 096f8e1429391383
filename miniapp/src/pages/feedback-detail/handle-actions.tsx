import { TEXT_MAX } from '@sitebranch/shared';
import type { FeedbackDetail } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApiRequestError } from '../../api/errors';
import { TextAreaField } from '../../components/text-area-field';
import { Button } from '../../components/ui';
import { handleActions, type HandleTarget } from '../../feedback/labels';
import { transitionFeedback, type FeedbackAccess } from '../../feedback/receipt-api';

/** The organizer's next steps (受理 / 开始处理 / 办结 / 不予受理) with a note; declining needs a reason. */
export function HandleActions({
  access,
  feedback,
  onChanged,
}: {
  access: FeedbackAccess;
  feedback: FeedbackDetail;
  onChanged(f: FeedbackDetail): void;
}) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState<HandleTarget | null>(null);
  const actions = handleActions(feedback.can.handle);

  async function go(to: HandleTarget, label: string) {
    const text = note.trim();
    if (to === 'declined' && text.length < 2) {
      setError('不予受理时请写明原因');
      return;
    }
    if (to === 'resolved') {
      // 办结 is final for the handler: say what it means first (a hazard needs its 整改后 photo).
      const hazard = feedback.category === 'hazard';
      const { confirm } = await Taro.showModal({
        title: '办结',
        content: hazard ? '确认隐患已整改完毕、已上传整改后照片，并办结？' : '确认已办理完毕并办结？办结后提交人可以评价。',
        confirmText: '办结',
        confirmColor: '#b3121a',
      });
      if (!confirm) return;
    }
    setBusy(to);
    setError(undefined);
    try {
      const updated = await transitionFeedback(access, { to, ...(text ? { note: text } : {}) });
      // Clear the note that was sent, not one typed while it was being sent.
      setNote((current) => (current.trim() === text ? '' : current));
      void Taro.showToast({ title: `已${label}`, icon: 'success' });
      onChanged(updated);
    } catch (e) {
      const failure = e as ApiRequestError;
      setError(failure.fields?.note ?? failure.message);
    } finally {
      setBusy(null);
    }
  }

  return (
    <View className="sb-card fb-section">
      <Text className="fb-section__title">处理</Text>
      <TextAreaField
        id="feedback-handle-note"
        label="处理说明（选填；不予受理时必须写明原因）"
        value={note}
        maxlength={TEXT_MAX.feedbackNote}
        placeholder="如：已安排安全员今天下午整改"
        onChange={setNote}
        error={error}
      />
      <View className="fb-section__actions">
        {actions.map(({ to, label }) => (
          <Button
            key={to}
            type={to === 'declined' ? 'default' : 'primary'}
            loading={busy === to}
            disabled={busy !== null}
            onClick={() => void go(to, label)}
          >
            {label}
          </Button>
        ))}
      </View>
    </View>
  );
}
