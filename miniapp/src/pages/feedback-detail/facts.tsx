import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_STATUS_LABELS, formatCst, type FeedbackDetail } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { deadlineText, detailDeadlines, ratingLabel } from '../../feedback/labels';
import { groupReceipt } from '../../feedback/receipt-code';
import '../../feedback/feedback.css';

function submitterText(f: FeedbackDetail): string {
  if (f.anonymous) return '匿名提交';
  return f.submitterName ? `提交人：${f.submitterName}` : '实名提交';
}

/** What was reported, where it stands, and its deadlines (已超期 said in words). */
export function Facts({ feedback, receipt }: { feedback: FeedbackDetail; receipt?: string | undefined }) {
  const f = feedback;
  return (
    <View className="sb-card fb-facts">
      <View className="fb-facts__head">
        <Text className="fb-facts__category">{FEEDBACK_CATEGORY_LABELS[f.category]}</Text>
        <Text className={`fb-status fb-status--${f.status}`}>{FEEDBACK_STATUS_LABELS[f.status]}</Text>
      </View>
      <Text className="sb-muted">
        {formatCst(f.createdAt)} · {submitterText(f)}
      </Text>
      {detailDeadlines(f).map((d) => (
        <Text key={d.label} className={d.overdue ? 'fb-facts__line fb-overdue' : 'fb-facts__line'}>
          {deadlineText(d)}
        </Text>
      ))}
      <Text className="fb-facts__text">{f.text}</Text>
      {f.place && <Text className="fb-facts__line">地点：{f.place}</Text>}
      <Text className="fb-facts__line">
        {f.branchName}
        {f.routedTo === 'region' ? ' · 已报送区域纪检联系人（本支部看不到）' : ''}
      </Text>
      {f.rating !== null && (
        <Text className="fb-facts__line">
          评价：{ratingLabel(f.rating)}
          {f.ratingComment ? `（${f.ratingComment}）` : ''}
        </Text>
      )}
      {receipt && <Text className="sb-muted">回执码：{groupReceipt(receipt)}</Text>}
    </View>
  );
}
