import { periodOf, type Period } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { useRequest } from '../../hooks/use-request';
import { useAppState } from '../../state/app-state';
import { PeriodSwitcher } from '../results/period-switcher';
import { BranchList } from './branch-list';
import { RegionOverview } from './overview';
import { RankingTable } from './ranking-table';
import '../../results/results.css';
import '../results/index.css';
import './index.css';
import { routes } from '../../api/routes';

type Section = 'overview' | 'ranking' | 'branches';
const SECTIONS: { key: Section; label: string }[] = [
  { key: 'overview', label: '概况' },
  { key: 'ranking', label: '排名' },
  { key: 'branches', label: '支部' },
];

function Overview({ regionId, period }: { regionId: string; period: Period }) {
  const loaded = useRequest(
    () => api(routes.getRegionDashboard, { params: { id: regionId }, query: { period: period.key } }, { toast: false }),
    [regionId, period.key],
  );
  return (
    <StateView loading={loaded.loading && !loaded.data} error={loaded.data ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {loaded.data && <RegionOverview data={loaded.data} />}
    </StateView>
  );
}

/** 区域工作台: the region admin's console — the region's figures, the ranking of its branches, and the branches themselves. */
export default function RegionConsolePage() {
  const { me } = useAppState();
  const { params } = useRouter();
  const regions = me?.adminRegions ?? [];
  const region = regions.find((r) => r.regionId === params.region) ?? regions[0];
  const [section, setSection] = useState<Section>(
    params.section === 'branches' || params.section === 'ranking' ? params.section : 'overview',
  );
  const [period, setPeriod] = useState<Period>(() => periodOf(Date.now(), 'month'));
  if (!region) {
    return (
      <PageShell>
        <StateView empty emptyTitle="只有区域管理员可以打开区域工作台" />
      </PageShell>
    );
  }
  return (
    <PageShell>
      <Text className="sb-section-title">{region.regionName}</Text>
      <Tabs<Section> items={SECTIONS} value={section} onChange={setSection} label="区域工作台" />
      {section !== 'branches' && <PeriodSwitcher period={period} onChange={setPeriod} />}
      <View>
        {section === 'overview' && <Overview regionId={region.regionId} period={period} />}
        {section === 'ranking' && <RankingTable regionId={region.regionId} period={period} />}
        {section === 'branches' && <BranchList regionId={region.regionId} />}
      </View>
    </PageShell>
  );
}
