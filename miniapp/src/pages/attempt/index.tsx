import { useRouter } from '@tarojs/taro';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { AttemptRunner } from './runner';
import './index.css';
import { routes } from '../../api/routes';

/**
 * Taking a contest (`?contest=`): the server draws the questions, or hands back the attempt
 * still open, so reopening the app continues where the person was.
 */
export default function AttemptPage() {
  const { params } = useRouter();
  const contestId = params.contest;
  const started = useRequest(
    async () => (contestId ? api(routes.startAttempt, { params: { id: contestId }, body: {} }, { toast: false }) : undefined),
    [contestId],
  );
  return (
    <PageShell>
      <StateView
        loading={started.loading && !started.data}
        error={started.data ? null : started.error}
        onRetry={() => void started.reload()}
        empty={!contestId}
        emptyTitle="没有指定竞赛"
      >
        {started.data && <AttemptRunner attempt={started.data} />}
      </StateView>
    </PageShell>
  );
}
