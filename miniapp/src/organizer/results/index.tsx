import { isOrganizer, periodOf, type Period } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { api } from '../../api/client';
import { BranchSwitcher } from '../../components/branch-switcher';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { LedgerButton } from '../../results/ledger-button';
import { useAppState } from '../../state/app-state';
import { ComplianceTable } from './compliance-table';
import { ComplianceChart } from './dashboard-charts';
import { DashboardView } from './dashboard-view';
import { PeriodSwitcher } from './period-switcher';
import { TargetsEditor } from './targets-editor';
import '../../results/results.css';
import './index.css';
import { routes } from '../../api/routes';

function Results({ branchId, branchName, isSecretary }: { branchId: string; branchName: string; isSecretary: boolean }) {
  const [period, setPeriod] = useState<Period>(() => periodOf(Date.now(), 'month'));
  const loaded = useRequest(
    () => api(routes.getCompliance, { params: { id: branchId }, query: { period: period.key } }, { toast: false }),
    [branchId, period.key],
  );
  const dashboard = useRequest(
    () => api(routes.getBranchDashboard, { params: { id: branchId }, query: { period: period.key } }, { toast: false }),
    [branchId, period.key],
  );
  const data = loaded.data;
  return (
    <View>
      <PeriodSwitcher period={period} onChange={setPeriod} />
      <View className="sb-actions">
        <LedgerButton branchId={branchId} branchName={branchName} period={period} label={`导出台账（${period.label}）`} />
      </View>
      <StateView
        loading={dashboard.loading && !dashboard.data}
        error={dashboard.data ? null : dashboard.error}
        onRetry={() => void dashboard.reload()}
      >
        {dashboard.data && <DashboardView dashboard={dashboard.data} />}
      </StateView>
      <Text className="sb-section-title">三会一课</Text>
      <StateView
        loading={loaded.loading && !data}
        error={data ? null : loaded.error}
        onRetry={() => void loaded.reload()}
        empty={data?.rows.length === 0}
        emptyTitle="没有设置三会一课的要求"
      >
        {data && <ComplianceChart data={data} />}
        {data && <ComplianceTable data={data} />}
      </StateView>
      {isSecretary && data && (
        <TargetsEditor key={JSON.stringify(data.targets)} branchId={branchId} targets={data.targets} onSaved={loaded.reload} />
      )}
    </View>
  );
}

/** 支部工作: attendance, frequent absentees, members and 三会一课 over a month, quarter or year; the secretary sets how often each is due. */
export default function ResultsPage() {
  const { currentMembership } = useAppState();
  return (
    <PageShell>
      <BranchSwitcher />
      {currentMembership && isOrganizer(currentMembership.role) ? (
        <Results
          branchId={currentMembership.branchId}
          branchName={currentMembership.branchName}
          isSecretary={currentMembership.role === 'secretary'}
        />
      ) : (
        <StateView empty emptyTitle="只有支委和书记可以查看支部工作情况" />
      )}
    </PageShell>
  );
}
