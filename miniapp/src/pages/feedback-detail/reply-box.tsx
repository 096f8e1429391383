import { TEXT_MAX } from '@sitebranch/shared';
import type { FeedbackDetail } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApiRequestError } from '../../api/errors';
import { TextAreaField } from '../../components/text-area-field';
import { Button } from '../../components/ui';
import { replyFeedback, type FeedbackAccess } from '../../feedback/receipt-api';

/** A reply, from the organizer to the submitter or back; it joins the timeline. */
export function ReplyBox({
  access,
  organizer,
  onChanged,
}: {
  access: FeedbackAccess;
  organizer: boolean;
  onChanged(f: FeedbackDetail): void;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  async function send() {
    setSending(true);
    setError(undefined);
    try {
      const updated = await replyFeedback(access, text.trim());
      setText('');
      void Taro.showToast({ title: '回复已发送', icon: 'success' });
      onChanged(updated);
    } catch (e) {
      const failure = e as ApiRequestError;
      setError(failure.fields?.text ?? failure.message);
    } finally {
      setSending(false);
    }
  }

  return (
    <View className="sb-card fb-section">
      <Text className="fb-section__title">{organizer ? '回复提交人' : '补充说明或回复'}</Text>
      <TextAreaField
        id="feedback-reply"
        label="回复内容"
        value={text}
        maxlength={TEXT_MAX.feedbackReply}
        placeholder={organizer ? '如：已收到，明天上午到现场查看' : '如：问题还在，补充一下情况'}
        onChange={setText}
        error={error}
      />
      <Button type="primary" loading={sending} disabled={sending || text.trim().length === 0} onClick={() => void send()}>
        发送回复
      </Button>
    </View>
  );
}
