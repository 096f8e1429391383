import { checklistText, EVENT_KIND_LABELS } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { api } from '../api/client';
import { StateView } from '../components/state-view';
import { useRequest } from '../hooks/use-request';
import { LedgerButton } from './ledger-button';
import { openPage, PAGES } from '../nav';
import './results.css';
import { routes } from '../api/routes';

/** 首页 for organizers: this month's 三会一课 at a glance (支委会 ✓ · 党小组会 还差 1 次), a tap to the full page. */
export function ComplianceChecklist({ branchId, branchName }: { branchId: string; branchName: string }) {
  const loaded = useRequest(() => api(routes.getCompliance, { params: { id: branchId }, query: {} }, { toast: false }), [branchId]);
  const data = loaded.data;
  return (
    <View>
      <Text className="sb-section-title">本月三会一课{data ? ` · ${data.period.label}` : ''}</Text>
      <StateView
        loading={loaded.loading && !data}
        error={data ? null : loaded.error}
        onRetry={() => void loaded.reload()}
        empty={data?.rows.length === 0}
        emptyTitle="没有设置三会一课的要求"
      >
        <View className="sb-card results-checklist" role="link" aria-label="查看三会一课完成情况" onClick={() => openPage(PAGES.results)}>
          {data?.rows.map((row) => {
            const done = row.missing === 0 && row.toCome === 0;
            return (
              <Text
                key={row.kind}
                className={
                  done
                    ? 'results-checklist__item results-checklist__item--done'
                    : row.missing > 0
                      ? 'results-checklist__item results-checklist__item--missing'
                      : 'results-checklist__item'
                }
              >
                {checklistText(row, EVENT_KIND_LABELS[row.kind])}
              </Text>
            );
          })}
          <Text className="sb-muted results-checklist__more">查看完成情况 ›</Text>
        </View>
        {data && (
          <View className="sb-actions">
            <LedgerButton branchId={branchId} branchName={branchName} period={data.period} label="导出本月台账" />
          </View>
        )}
      </StateView>
    </View>
  );
}
