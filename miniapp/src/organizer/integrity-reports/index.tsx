import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useAppState } from '../../state/app-state';
import { FeedbackList } from '../feedback-inbox/feedback-list';
import { inboxQuery } from '../feedback-inbox/filters';
import { routes } from '../../api/routes';

/**
 * 区域廉政监督: for a region's discipline contact (纪检联系人), the 廉政监督 reports sent past the
 * branches of the region, each with its branch. Nobody in those branches sees them.
 */
export default function IntegrityReportsPage() {
  const { me } = useAppState();
  const { params } = useRouter();
  const regions = me?.disciplineRegions ?? [];
  const region = regions.find((r) => r.regionId === params.region) ?? regions[0];
  return (
    <PageShell>
      {region ? (
        <View>
          <View className="sb-card">
            <Text className="sb-muted">
              纪检联系人 · {region.regionName}：各支部越过支部直接报送的廉政监督，支部书记、纪检委员和支委都看不到。
            </Text>
          </View>
          <FeedbackList
            scope={region.regionId}
            categories={false}
            showBranch
            load={(filters) =>
              api(
                routes.listRegionIntegrityReports,
                { params: { id: region.regionId }, query: inboxQuery({ ...filters, category: 'all' }) },
                { toast: false },
              )
            }
          />
        </View>
      ) : (
        <StateView empty emptyTitle="您不是区域纪检联系人" emptyHint="区域纪检联系人由区域管理员指定。" />
      )}
    </PageShell>
  );
}
