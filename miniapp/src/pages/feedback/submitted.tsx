import { formatCst, type endpoints, type ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui';
import { UploadProgress } from '../../feedback/upload-progress';
import type { UploadState } from '../../feedback/upload-state';
import { ReceiptCard } from './receipt-card';

export type SubmitResult = ResponseOf<typeof endpoints.submitFeedback>;

interface SubmittedProps {
  result: SubmitResult;
  upload: UploadState | null;
  onRetry(): void;
  onSkip(): void;
  /** Open the feedback's detail (by id, or by receipt when anonymous). */
  onOpen(): void;
  /** Back to an empty form. */
  onDone(): void;
}

/** After 提交: the receipt when anonymous, the photos going up, and where to go next. */
export function Submitted({ result, upload, onRetry, onSkip, onOpen, onDone }: SubmittedProps) {
  const uploading = upload?.uploading ?? false;
  return (
    <View className="sb-card feedback-sent">
      <View className="feedback-sent__title" role="status">
        反馈已提交
      </View>
      <Text className="sb-muted">支部将在 {formatCst(result.acceptDueAt)} 前受理，受理后会写明处理经过。</Text>
      {result.receipt && <ReceiptCard receipt={result.receipt} />}
      {upload && <UploadProgress state={upload} onRetry={onRetry} onSkip={onSkip} />}
      <View className="feedback-sent__actions">
        <Button type={result.receipt ? 'default' : 'primary'} disabled={uploading} onClick={onOpen}>
          查看反馈进展
        </Button>
        <Button type="default" disabled={uploading} onClick={onDone}>
          {result.receipt ? '我已保存回执码，再提一条' : '再提一条'}
        </Button>
      </View>
    </View>
  );
}
