import { Text, View } from '@tarojs/components';
import { api } from '../api/client';
import { routes } from '../api/routes';
import { ListRow } from '../components/list-row';
import { useRequest } from '../hooks/use-request';
import { openPage, PAGES } from '../nav';
import { rateText } from './rate-text';
import './results.css';

/** 首页 for organizers: this month's attendance and the feedback waiting on them, each a tap to its page. */
export function OrganizerSummary({ branchId }: { branchId: string }) {
  const loaded = useRequest(() => api(routes.getBranchDashboard, { params: { id: branchId }, query: {} }, { toast: false }), [branchId]);
  const d = loaded.data;
  if (!d) return null;
  const { openNow, overdueNow } = d.feedback;
  return (
    <View className="sb-card sb-list-card organizer-summary">
      <ListRow
        title={`本月出勤率 ${rateText(d.attendance.totals.rate)}`}
        end={<Text className="sb-muted">已开展 {d.events.held} 次活动 ›</Text>}
        onClick={() => openPage(PAGES.results)}
      />
      <ListRow
        title={`反馈待办 ${openNow} 条`}
        end={
          <Text className={overdueNow ? 'results-table__missing' : 'sb-muted'}>
            {overdueNow ? `超期 ${overdueNow} 条 ›` : '没有超期 ›'}
          </Text>
        }
        onClick={() => openPage(PAGES.feedbackInbox)}
      />
    </View>
  );
}
