import { EVENT_KIND_LABELS, formatCst, isOrganizer, type EventForMe } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { canWatch, WatchButton } from '../../notices/watch-button';
import { useAppState } from '../../state/app-state';
import { LeaveRequest } from './leave-request';
import { OrganizerActions } from './organizer-actions';
import { canAskLeave, standingText, standingTone } from './standing';
import './index.css';
import { routes } from '../../api/routes';

const STATUS_LABELS = { draft: '草稿（成员看不到）', published: '', cancelled: '已取消' } as const;

function Facts({ event }: { event: EventForMe }) {
  const standing = standingText(event);
  return (
    <View className="sb-card event-facts">
      <Text className="event-facts__title">{event.title}</Text>
      {STATUS_LABELS[event.status] && <Text className="event-facts__status">{STATUS_LABELS[event.status]}</Text>}
      <Text>
        {EVENT_KIND_LABELS[event.kind]} · {event.audience === 'members' ? '仅限党员' : '全体成员'}
      </Text>
      <Text>
        时间：{formatCst(event.startsAt)} 至 {formatCst(event.endsAt).slice(11)}
      </Text>
      <Text>地点：{event.placeName}</Text>
      <Text className="sb-muted">
        签到：{formatCst(event.checkinOpensAt).slice(5)} 至 {formatCst(event.checkinClosesAt).slice(5)}，开始 {event.lateAfterMinutes}{' '}
        分钟后算迟到
        {event.geofence ? `；需在活动地点 ${event.geofence.radiusM} 米内` : event.geofenced ? '；需在活动地点签到（会获取您的位置）' : ''}
      </Text>
      {event.description && <Text className="event-facts__description">{event.description}</Text>}
      {standing && (
        <View className={`event-facts__mine sb-tone--${standingTone(event)}`} role="status">
          我的状态：{standing}
        </View>
      )}
    </View>
  );
}

function EventDetail({ eventId }: { eventId: string }) {
  const { currentMembership } = useAppState();
  const loaded = useRequest(() => api(routes.getEvent, { params: { id: eventId } }, { toast: false }), [eventId]);
  // Back from editing or from the code screen: show what changed.
  useDidShow(() => void (loaded.data && loaded.reload()));
  const event = loaded.data;
  const organizer = !!currentMembership && currentMembership.branchId === event?.branchId && isOrganizer(currentMembership.role);
  return (
    <StateView loading={loaded.loading && !event} error={event ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {event && (
        <View>
          <Facts event={event} />
          {canWatch(event) && (
            <View className="sb-actions">
              <WatchButton event={event} />
            </View>
          )}
          {canAskLeave(event) && !organizer && <LeaveRequest event={event} onSent={() => void loaded.reload()} />}
          {organizer && <OrganizerActions event={event} onChanged={() => void loaded.reload()} />}
        </View>
      )}
    </StateView>
  );
}

/** One event: what, when and where, where I stand, and 请假; organizers manage it from here. */
export default function EventPage() {
  const { params } = useRouter();
  return <PageShell>{params.id ? <EventDetail eventId={params.id} /> : <StateView empty emptyTitle="没有指定活动" />}</PageShell>;
}
