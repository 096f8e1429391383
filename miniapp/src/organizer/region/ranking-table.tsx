import {
  BRANCH_KIND_LABELS,
  RANKING_KIND_LABELS,
  RANKING_KINDS,
  RANKING_SORT_LABELS,
  type Period,
  type Ranking,
  type RankingKind,
  type RankingSort,
} from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { api } from '../../api/client';
import { DataTable, type DataTableColumn } from '../../components/data-table';
import { StateView } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { Button } from '../../components/ui';
import { useDesktop } from '../../hooks/use-desktop';
import { useRequest } from '../../hooks/use-request';
import { rateText } from '../../results/rate-text';
import { BarChart } from '../charts/bars';
import { ChartFrame } from '../charts/chart-frame';
import { routes } from '../../api/routes';

/** Five tabs must fit a 320 px phone: the full name of the rate is said under them and in the column head. */
const SHORT: Record<RankingKind, string> = {
  attendance: '出勤',
  compliance: '三会一课',
  feedback: '办结',
  satisfaction: '满意',
  contest: '竞赛',
};
const KIND_TABS = RANKING_KINDS.map((key) => ({ key, label: SHORT[key] }));

type RankedBranch = Ranking['rows'][number];

/** On a computer every rate is a column, each sortable, beside the chosen ranking. */
const rateColumn = (key: string, label: string, value: (r: RankedBranch) => number | null): DataTableColumn<RankedBranch> => ({
  key,
  label,
  value,
  render: (r) => rateText(value(r)),
  numeric: true,
});
const DESKTOP_COLUMNS: DataTableColumn<RankedBranch>[] = [
  { key: 'rank', label: '名次', value: (r) => r.rank, render: (r) => (r.inactive ? '本期无活动' : (r.rank ?? '—')), numeric: true },
  { key: 'name', label: '支部', value: (r) => r.name },
  { key: 'kind', label: '类型', value: (r) => BRANCH_KIND_LABELS[r.kind] },
  rateColumn('attendance', '出勤率', (r) => r.attendanceRate),
  rateColumn('compliance', '三会一课完成率', (r) => r.complianceRate),
  rateColumn('feedback', '按时办结率', (r) => r.feedbackInTimeRate),
  rateColumn('satisfaction', '满意率', (r) => r.satisfactionRate),
  rateColumn('contest', '竞赛参与率', (r) => r.contestParticipationRate),
  { key: 'members', label: '成员', value: (r) => r.members, numeric: true },
  { key: 'events', label: '活动', value: (r) => r.eventsHeld, numeric: true },
];

/** On a phone: rank, branch and the chosen rate, in rows that fit 320 px. */
function PhoneRanking({ rows, kind }: { rows: RankedBranch[]; kind: RankingKind }) {
  return (
    <View className="sb-card results-table region-ranking" role="table" aria-label={`支部排名：${RANKING_KIND_LABELS[kind]}`}>
      <View className="results-table__row results-table__head" role="row">
        <View role="columnheader">名次</View>
        <View role="columnheader">支部</View>
        <View role="columnheader">{RANKING_KIND_LABELS[kind]}</View>
        <View role="columnheader">成员</View>
        <View role="columnheader">活动</View>
      </View>
      {rows.map((r) => (
        <View key={r.branchId} className={r.inactive ? 'results-table__row region-ranking__inactive' : 'results-table__row'} role="row">
          <View role="cell" className="region-ranking__rank">
            {r.rank ?? '—'}
          </View>
          <View role="rowheader" className="results-table__name">
            <Text>{r.name}</Text>
            <Text className={r.inactive ? 'results-table__missing' : 'sb-muted'}>
              {BRANCH_KIND_LABELS[r.kind]}
              {r.inactive ? ' · 本期无活动' : r.value === null ? ' · 本期无此项数据' : ''}
            </Text>
          </View>
          <View role="cell">{rateText(r.value)}</View>
          <View role="cell">{r.members}</View>
          <View role="cell">{r.eventsHeld}</View>
        </View>
      ))}
    </View>
  );
}

/** 排名: every branch by the chosen rate; the branches with nothing to rate and those that did nothing come last, said so. */
export function RankingTable({ regionId, period }: { regionId: string; period: Period }) {
  const [kind, setKind] = useState<RankingKind>('attendance');
  const [sort, setSort] = useState<RankingSort>('desc');
  const loaded = useRequest(
    () => api(routes.getRegionRanking, { params: { id: regionId }, query: { period: period.key, kind, sort } }, { toast: false }),
    [regionId, period.key, kind, sort],
  );
  const rows = loaded.data?.rows ?? [];
  const desktop = useDesktop();
  return (
    <View>
      <View className="sb-card region-ranking__controls">
        <Tabs<RankingKind> items={KIND_TABS} value={kind} onChange={setKind} label="排名依据" />
        <View className="sb-row">
          <Text className="sb-muted">
            按{RANKING_KIND_LABELS[kind]}，{RANKING_SORT_LABELS[sort]}
          </Text>
          <Button size="small" type="default" onClick={() => setSort(sort === 'desc' ? 'asc' : 'desc')}>
            {sort === 'desc' ? '改为从低到高' : '改为从高到低'}
          </Button>
        </View>
      </View>
      <StateView
        loading={loaded.loading && !loaded.data}
        error={loaded.data ? null : loaded.error}
        onRetry={() => void loaded.reload()}
        empty={rows.length === 0}
        emptyTitle="区域内还没有支部"
      >
        <ChartFrame
          title={`${RANKING_KIND_LABELS[kind]}对比`}
          table={{
            columns: ['支部', '名次', RANKING_KIND_LABELS[kind]],
            rows: rows.map((r) => ({ key: r.branchId, cells: [r.name, r.rank ?? '—', r.inactive ? '本期无活动' : rateText(r.value)] })),
          }}
        >
          <BarChart
            title={`${RANKING_KIND_LABELS[kind]}对比`}
            bars={rows.map((r) => ({
              key: r.branchId,
              label: r.name,
              value: r.value ?? 0,
              text: r.inactive ? '本期无活动' : rateText(r.value),
            }))}
          />
        </ChartFrame>
        {desktop ? (
          <DataTable
            rowHeader="name"
            caption={`支部排名：${RANKING_KIND_LABELS[kind]}`}
            columns={DESKTOP_COLUMNS}
            rows={rows}
            rowKey={(r) => r.branchId}
          />
        ) : (
          <PhoneRanking rows={rows} kind={kind} />
        )}
      </StateView>
    </View>
  );
}
