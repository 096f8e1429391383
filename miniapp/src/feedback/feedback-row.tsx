import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_STATUS_LABELS, formatCst } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { currentDeadline, deadlineText, preview, ratingLabel, type FeedbackSummary } from './labels';
import './feedback.css';

/** One feedback in a list: category, status, the deadline in force (已超期 in words), when, and the start of the text. */
export function FeedbackRow({
  item,
  showSubmitter,
  showBranch,
  onOpen,
}: {
  item: FeedbackSummary;
  showSubmitter?: boolean;
  showBranch?: boolean;
  onOpen(): void;
}) {
  const category = FEEDBACK_CATEGORY_LABELS[item.category];
  const status = FEEDBACK_STATUS_LABELS[item.status];
  const deadline = currentDeadline(item);
  const meta = [`${formatCst(item.createdAt)} 提交`];
  if (showBranch) meta.unshift(item.branchName);
  if (showSubmitter) meta.push(item.submitterName ?? '匿名');
  if (item.photoCount) meta.push(`${item.photoCount} 张照片`);
  if (item.rating !== null) meta.push(`评价：${ratingLabel(item.rating)}`);
  return (
    <View
      className="sb-list-item fb-row"
      role="link"
      aria-label={`${category}，${status}${deadline?.overdue ? '，已超期' : ''}：${preview(item.text, 20)}`}
      onClick={onOpen}
    >
      <View className="fb-row__head">
        <Text className="fb-row__category">{category}</Text>
        <Text className={`fb-status fb-status--${item.status}`}>{status}</Text>
      </View>
      <Text className="fb-row__text">{preview(item.text)}</Text>
      <Text className="sb-muted">{meta.join(' · ')}</Text>
      {deadline && (
        <Text className={deadline.overdue ? 'fb-row__deadline fb-overdue' : 'fb-row__deadline sb-muted'}>{deadlineText(deadline)}</Text>
      )}
    </View>
  );
}
