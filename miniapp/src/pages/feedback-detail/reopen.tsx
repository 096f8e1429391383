import { TEXT_MAX } from '@sitebranch/shared';
import type { FeedbackDetail } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApiRequestError } from '../../api/errors';
import { TextField } from '../../components/text-field';
import { Button } from '../../components/ui';
import { transitionFeedback, type FeedbackAccess } from '../../feedback/receipt-api';

/** The submitter may reopen closed feedback within 7 days, saying why. */
export function Reopen({ access, onChanged }: { access: FeedbackAccess; onChanged(f: FeedbackDetail): void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  async function reopen() {
    setSending(true);
    setError(undefined);
    try {
      const text = note.trim();
      const updated = await transitionFeedback(access, { to: 'reopened', ...(text ? { note: text } : {}) });
      setNote('');
      void Taro.showToast({ title: '已重新打开', icon: 'success' });
      onChanged(updated);
    } catch (e) {
      const failure = e as ApiRequestError;
      setError(failure.fields?.note ?? failure.message);
    } finally {
      setSending(false);
    }
  }

  return (
    <View className="sb-card fb-section">
      <Text className="fb-section__title">问题没有解决？</Text>
      <Text className="sb-muted">办结或不予受理后 7 天内可以重新打开，支部会继续跟进。</Text>
      <TextField
        id="feedback-reopen-note"
        label="重新打开的原因（选填）"
        value={note}
        maxlength={TEXT_MAX.feedbackNote}
        placeholder="如：整改后又松动了"
        onChange={setNote}
        error={error}
      />
      <Button type="default" loading={sending} disabled={sending} onClick={() => void reopen()}>
        重新打开
      </Button>
    </View>
  );
}
