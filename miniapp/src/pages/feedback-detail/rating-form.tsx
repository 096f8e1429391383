import { TEXT_MAX } from '@sitebranch/shared';
import type { FeedbackDetail } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import type { ApiRequestError } from '../../api/errors';
import { TextAreaField } from '../../components/text-area-field';
import { Button } from '../../components/ui';
import { Chips } from '../../feedback/chips';
import { RATING_LEVELS, ratingLabel, reopensOnRating } from '../../feedback/labels';
import { rateFeedback, type FeedbackAccess } from '../../feedback/receipt-api';

const OPTIONS = RATING_LEVELS.map((level) => ({ key: String(level), label: ratingLabel(level) }));

/** 好差评 after 办结 or 不予受理: five levels and a comment; 不满意 or worse reopens it. */
export function RatingForm({ access, onChanged }: { access: FeedbackAccess; onChanged(f: FeedbackDetail): void }) {
  const [level, setLevel] = useState<number | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);

  async function send() {
    if (level === null) {
      setError('请选择评价');
      return;
    }
    setSending(true);
    setError(undefined);
    try {
      const updated = await rateFeedback(access, { level, ...(comment.trim() ? { comment: comment.trim() } : {}) });
      void Taro.showToast({ title: reopensOnRating(level) ? '已评价，反馈已重新打开' : '感谢您的评价', icon: 'none' });
      onChanged(updated);
    } catch (e) {
      const failure = e as ApiRequestError;
      setError(failure.fields?.level ?? failure.fields?.comment ?? failure.message);
    } finally {
      setSending(false);
    }
  }

  return (
    <View className="sb-card fb-section">
      <Text className="fb-section__title">评价处理结果</Text>
      <Chips
        label="您对处理结果满意吗？"
        options={OPTIONS}
        value={level === null ? null : String(level)}
        onChange={(key) => setLevel(Number(key))}
      />
      <Text className="sb-muted">选“不满意”或“非常不满意”，反馈会重新打开，由支部继续跟进。</Text>
      <TextAreaField
        id="feedback-rating-comment"
        label="评价说明（选填）"
        value={comment}
        maxlength={TEXT_MAX.ratingComment}
        placeholder="说说哪里好、哪里还需改进"
        onChange={setComment}
        error={error}
      />
      <Button type="primary" loading={sending} disabled={sending} onClick={() => void send()}>
        提交评价
      </Button>
    </View>
  );
}
