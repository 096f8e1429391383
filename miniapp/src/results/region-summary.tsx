import { Text, View } from '@tarojs/components';
import { api } from '../api/client';
import { StateView } from '../components/state-view';
import { useRequest } from '../hooks/use-request';
import { openPage, PAGES } from '../nav';
import { rateText } from './rate-text';
import './results.css';
import { routes } from '../api/routes';

/** 首页 for a region admin: the region this month — how many branches met, attendance, 三会一课, overdue feedback — and the way to the console. */
export function RegionSummary({ regionId, regionName }: { regionId: string; regionName: string }) {
  const loaded = useRequest(() => api(routes.getRegionDashboard, { params: { id: regionId }, query: {} }, { toast: false }), [regionId]);
  const d = loaded.data;
  const open = (section?: string) => openPage(`${PAGES.regionConsole}?region=${regionId}${section ? `&section=${section}` : ''}`);
  return (
    <View>
      <Text className="sb-section-title">
        区域管理 · {regionName}
        {d ? ` · ${d.period.label}` : ''}
      </Text>
      <StateView loading={loaded.loading && !d} error={d ? null : loaded.error} onRetry={() => void loaded.reload()}>
        {d && (
          <View className="sb-card region-summary" aria-label={`${regionName}本月概况`}>
            <Text>
              {d.branches.total} 个支部，本月 {d.branches.active} 个有活动 · 出勤率 {rateText(d.attendance.rate)}
            </Text>
            <Text className={d.compliance.branchesMissing > 0 ? 'results-table__missing' : 'sb-muted'}>
              三会一课完成率 {rateText(d.compliance.rate)}
              {d.compliance.branchesMissing > 0 ? ` · ${d.compliance.branchesMissing} 个支部有缺开` : ''}
            </Text>
            <Text className={d.feedback.overdueNow > 0 ? 'results-table__missing' : 'sb-muted'}>
              反馈按时办结 {rateText(d.feedback.inTimeRate)}
              {d.feedback.overdueNow > 0 ? ` · ${d.feedback.overdueNow} 条超时未办` : ' · 没有超时的反馈'}
            </Text>
            <View className="sb-row region-summary__links">
              <View className="region-summary__link" role="link" onClick={() => open()}>
                区域工作台 ›
              </View>
              <View className="region-summary__link" role="link" onClick={() => open('ranking')}>
                支部排名 ›
              </View>
              <View className="region-summary__link" role="link" onClick={() => open('branches')}>
                支部与书记 ›
              </View>
            </View>
          </View>
        )}
      </StateView>
    </View>
  );
}
