import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { useAppState } from '../../state/app-state';
import { EventEditor } from './event-editor';
import { routes } from '../../api/routes';

function EditExisting({ branchId, eventId }: { branchId: string; eventId: string }) {
  useEffect(() => void Taro.setNavigationBarTitle({ title: '修改活动' }), []);
  const loaded = useRequest(() => api(routes.getEvent, { params: { id: eventId } }, { toast: false }), [eventId]);
  return (
    <StateView loading={loaded.loading && !loaded.data} error={loaded.data ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {loaded.data && <EventEditor branchId={branchId} editing={loaded.data} />}
    </StateView>
  );
}

/** 发布活动, or with `?id=` 修改活动. */
export default function EventEditPage() {
  const { params } = useRouter();
  const { currentMembership } = useAppState();
  const canEdit = currentMembership?.role === 'committee' || currentMembership?.role === 'secretary';
  let content = <StateView empty emptyTitle="只有支委和书记可以发布和修改活动" />;
  if (canEdit)
    content = params.id ? (
      <EditExisting branchId={currentMembership.branchId} eventId={params.id} />
    ) : (
      <EventEditor branchId={currentMembership.branchId} />
    );
  return <PageShell>{content}</PageShell>;
}
