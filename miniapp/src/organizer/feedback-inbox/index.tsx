import { isOrganizer } from '@sitebranch/shared';
import { View } from '@tarojs/components';
import { api } from '../../api/client';
import { BranchSwitcher } from '../../components/branch-switcher';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useAppState } from '../../state/app-state';
import { DeadlineSettings } from './deadline-settings';
import { FeedbackList } from './feedback-list';
import { inboxQuery } from './filters';
import { routes } from '../../api/routes';

/** 反馈处理: the branch's feedback for its organizers, overdue first, filtered by status, category and 超期; the deadlines below. */
export default function FeedbackInboxPage() {
  const { currentMembership } = useAppState();
  const branchId = currentMembership?.branchId ?? '';
  return (
    <PageShell>
      <BranchSwitcher />
      {currentMembership && isOrganizer(currentMembership.role) ? (
        <View>
          <FeedbackList
            scope={branchId}
            load={(filters) => api(routes.listFeedback, { params: { id: branchId }, query: inboxQuery(filters) }, { toast: false })}
          />
          <DeadlineSettings branchId={branchId} canEdit={currentMembership.role === 'secretary'} />
        </View>
      ) : (
        <StateView empty emptyTitle="只有支委和书记可以处理反馈" />
      )}
    </PageShell>
  );
}
