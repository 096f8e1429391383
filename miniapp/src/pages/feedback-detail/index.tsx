import type { FeedbackDetail } from '@sitebranch/shared';
import { View } from '@tarojs/components';
import { stopPullDownRefresh, usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { loadFeedback, type FeedbackAccess } from '../../feedback/receipt-api';
import { AddPhotos } from './add-photos';
import { Facts } from './facts';
import { HandleActions } from './handle-actions';
import { Photos } from './photos';
import { RatingForm } from './rating-form';
import { Reopen } from './reopen';
import { ReplyBox } from './reply-box';
import { Timeline } from './timeline';
import './index.css';

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
          <Photos access={access} photoIds={feedback.photos.map((p) => p.id)} />
          {feedback.can.addPhotos && <AddPhotos access={access} have={feedback.photos.length} onUploaded={() => void reload()} />}
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

/** One feedback: facts, photos, timeline, and what the caller may do now (`can`). `?id=` or `?receipt=`. */
export default function FeedbackDetailPage() {
  const { params } = useRouter();
  const receipt = params.receipt ? decodeURIComponent(params.receipt) : undefined;
  const id = params.id;
  return (
    <PageShell requireLogin={!receipt}>
      {id || receipt ? <Detail id={id} receipt={receipt} /> : <StateView empty emptyTitle="没有指定反馈" />}
    </PageShell>
  );
}
