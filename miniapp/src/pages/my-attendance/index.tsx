import { CHECKIN_METHOD_LABELS, EVENT_KIND_LABELS, formatCst, type ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { api } from '../../api/client';
import { BranchSwitcher } from '../../components/branch-switcher';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { useAppState } from '../../state/app-state';
import './index.css';
import { routes } from '../../api/routes';

type Entry = ResponseOf<typeof routes.myAttendance>['events'][number];

function statusText(entry: Entry): string {
  const refused = entry.checkinStatus === 'refused' ? '（离线签到未通过）' : '';
  if (entry.status === 'leave') return `请假${refused}`;
  if (entry.status === 'absent') return `缺席${refused}`;
  const how = entry.method ? CHECKIN_METHOD_LABELS[entry.method] : '';
  const when = `${formatCst(entry.checkedInAt!).slice(11)} ${how}${entry.late ? ' · 迟到' : ''}`;
  if (entry.status === 'pending') return `离线签到 ${when} · 待确认`;
  return `已到 ${when}${entry.offline ? ' · 离线' : ''}`;
}

function History({ branchId }: { branchId: string }) {
  const history = useRequest(() => api(routes.myAttendance, { params: { id: branchId } }, { toast: false }), [branchId]);
  const data = history.data;
  return (
    <StateView
      loading={history.loading && !data}
      error={data ? null : history.error}
      onRetry={() => void history.reload()}
      empty={data?.expected === 0}
      emptyTitle="还没有出勤记录"
      emptyHint="参加过的活动签到结束后会出现在这里。"
    >
      {data && (
        <View>
          <View className="sb-card my-attendance__summary" role="group" aria-label="出勤统计">
            <Text className="my-attendance__rate">出勤率 {Math.round(data.rate * 100)}%</Text>
            <Text className="sb-muted">
              应到 {data.expected} 次 · 实到 {data.present} 次{data.pending ? ` · 待确认 ${data.pending} 次` : ''} · 迟到 {data.late} 次 ·
              请假 {data.onLeave} 次 · 缺席 {data.absent} 次
            </Text>
          </View>
          <View className="sb-card">
            {data.events.map((entry) => (
              <View key={entry.eventId} className="sb-list-item my-attendance__item">
                <View className="my-attendance__what">
                  <Text className="my-attendance__title">{entry.title}</Text>
                  <Text className="sb-muted">
                    {EVENT_KIND_LABELS[entry.kind]} · {formatCst(entry.startsAt)} · {entry.placeName}
                  </Text>
                </View>
                <Text className={`my-attendance__status my-attendance__status--${entry.status}`}>{statusText(entry)}</Text>
              </View>
            ))}
          </View>
        </View>
      )}
    </StateView>
  );
}

/** 我的出勤: the events one was expected at, whether one came, and the rate. */
export default function MyAttendancePage() {
  const { currentMembership } = useAppState();
  return (
    <PageShell>
      <BranchSwitcher />
      {currentMembership ? <History branchId={currentMembership.branchId} /> : <StateView empty emptyTitle="加入支部后才有出勤记录" />}
    </PageShell>
  );
}
