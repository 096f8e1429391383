import {
  PHOTO_STAGE_LABELS,
  RECTIFICATION_STAGES,
  type FeedbackDetail,
  type PhotoStage,
  type RectificationStage,
} from '@sitebranch/shared';
import { View } from '@tarojs/components';
import { stopPullDownRefresh, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { type ReactNode, useState } from 'react';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { Button } from '../../components/ui';
import { heldReceipt } from '../../feedback/held-receipt';
import { loadFeedback, uploadRectificationPhoto, type FeedbackAccess } from '../../feedback/receipt-api';
import type { PhotoUploader } from '../../feedback/use-photo-upload';
import { openPage, PAGES } from '../../nav';
import { AddPhotos } from './add-photos';
import { Facts } from './facts';
import { HandleActions } from './handle-actions';
import { Photos } from './photos';
import { RatingForm } from './rating-form';
import { Reopen } from './reopen';
import { ReplyBox } from './reply-box';
import { Timeline } from './timeline';
import './index.css';

const idsOf = (feedback: FeedbackDetail, stage: PhotoStage) => feedback.photos.filter((p) => p.stage === stage).map((p) => p.id);

/** How a handler's 整改前 / 整改后 photos go up, one uploader per stage (stable, for the upload hook). */
const RECTIFICATION_UPLOADERS: Record<RectificationStage, PhotoUploader> = {
  before: (access, bytes, onProgress) => uploadRectificationPhoto(access, 'before', bytes, onProgress),
  after: (access, bytes, onProgress) => uploadRectificationPhoto(access, 'after', bytes, onProgress),
};

function Detail({ id, receipt }: { id?: string | undefined; receipt?: string | undefined }) {
  const loaded = useRequest(() => loadFeedback({ id, receipt }), [id, receipt]);
  // What an action answered with: newer than the last load, until the next one.
  const [updated, setUpdated] = useState<FeedbackDetail | null>(null);
  const reload = () => {
    setUpdated(null);
    return loaded.reload();
  };
  usePullDownRefresh(() => void reload().finally(() => stopPullDownRefresh()));
  const feedback = updated ?? loaded.data;
  const access: FeedbackAccess | null = feedback ? { id: feedback.id, receipt } : null;
  return (
    <StateView loading={loaded.loading && !feedback} error={feedback ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {feedback && access && (
        <View>
          <Facts feedback={feedback} receipt={receipt} />
          <Photos access={access} photoIds={idsOf(feedback, 'report')} />
          <Photos access={access} photoIds={idsOf(feedback, 'before')} title="整改前" />
          <Photos access={access} photoIds={idsOf(feedback, 'after')} title="整改后" />
          {feedback.can.addPhotos && <AddPhotos access={access} have={idsOf(feedback, 'report').length} onUploaded={() => void reload()} />}
          {feedback.can.addRectificationPhotos &&
            RECTIFICATION_STAGES.map((stage) => (
              <AddPhotos
                key={stage}
                access={access}
                have={idsOf(feedback, stage).length}
                onUploaded={() => void reload()}
                title={`上传${PHOTO_STAGE_LABELS[stage]}照片`}
                uploader={RECTIFICATION_UPLOADERS[stage]}
                inputId={`feedback-${stage}-photo-input`}
              />
            ))}
          <Timeline feedback={feedback} />
          {feedback.can.handle.length > 0 && <HandleActions access={access} feedback={feedback} onChanged={setUpdated} />}
          {feedback.can.reply && <ReplyBox access={access} organizer={feedback.can.handle.length > 0} onChanged={setUpdated} />}
          {feedback.can.rate && <RatingForm access={access} onChanged={setUpdated} />}
          {feedback.can.reopen && <Reopen access={access} onChanged={setUpdated} />}
        </View>
      )}
    </StateView>
  );
}

/** Opened for anonymous feedback whose receipt is no longer in memory (the page was reloaded). */
function ReceiptForgotten() {
  return (
    <StateView
      empty
      emptyTitle="请重新输入回执码"
      emptyHint="为保护匿名，回执码不保存在手机上，也不出现在网址里。"
      emptyAction={
        <Button type="primary" onClick={() => openPage(PAGES.feedbackReceipt, { replace: true })}>
          输入回执码
        </Button>
      }
    />
  );
}

/**
 * One feedback: facts, photos, timeline, and what the caller may do now (`can`). `?id=` with the
 * session, or `?via=receipt` for anonymous feedback, whose receipt is held in memory only.
 */
export default function FeedbackDetailPage() {
  const { params } = useRouter();
  const byReceipt = params.via === 'receipt';
  const receipt = byReceipt ? (heldReceipt() ?? undefined) : undefined;
  const id = byReceipt ? undefined : params.id;
  let body: ReactNode;
  if (byReceipt) body = receipt ? <Detail receipt={receipt} /> : <ReceiptForgotten />;
  else body = id ? <Detail id={id} /> : <StateView empty emptyTitle="没有指定反馈" />;
  return <PageShell requireLogin={!byReceipt}>{body}</PageShell>;
}
