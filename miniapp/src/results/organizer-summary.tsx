import { Text, View } from '@tarojs/components';
import { api } from '../api/client';
import { useRequest } from '../hooks/use-request';
import { openPage, PAGES } from '../nav';
import { rateText } from './rate-text';
import './results.css';
import { routes } from '../api/routes';

/** 首页 for organizers: this month's attendance and the feedback waiting on them, each a tap to its page. */
export function OrganizerSummary({ branchId }: { branchId: string }) {
  const loaded = useRequest(() => api(routes.getBranchDashboard, { params: { id: branchId }, query: {} }, { toast: false }), [branchId]);
  const d = loaded.data;
  if (!d) return null;
  const { openNow, overdueNow } = d.feedback;
  return (
    <View className="sb-card organizer-summary">
      <View className="sb-list-item sb-row" role="link" aria-label={`本月出勤率 ${rateText(d.attendance.totals.rate)}，查看支部工作`} onClick={() => openPage(PAGES.results)}>
        <Text>本月出勤率 {rateText(d.attendance.totals.rate)}</Text>
        <Text className="sb-muted">已开展 {d.events.held} 次活动 ›</Text>
      </View>
      <View className="sb-list-item sb-row" role="link" aria-label={`反馈待办 ${openNow} 条，超期 ${overdueNow} 条，去办理`} onClick={() => openPage(PAGES.feedbackInbox)}>
        <Text>反馈待办 {openNow} 条</Text>
        <Text className={overdueNow ? 'results-table__missing' : 'sb-muted'}>{overdueNow ? `超期 ${overdueNow} 条 ›` : '没有超期 ›'}</Text>
      </View>
    </View>
  );
}
