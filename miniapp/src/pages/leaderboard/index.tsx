import { formatDuration } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { useRequest } from '../../hooks/use-request';
import './index.css';
import { routes } from '../../api/routes';

type By = 'person' | 'branch' | 'team';
const TAB_LABELS: Record<By, string> = { person: '个人', branch: '支部', team: '班组' };

/** 排行榜: persons by score and time; branches (region contests) and teams by average and participation. */
function Board({ contestId }: { contestId: string }) {
  const [by, setBy] = useState<By>('person');
  const contest = useRequest(() => api(routes.getContest, { params: { id: contestId } }, { toast: false }), [contestId]);
  const board = useRequest(() => api(routes.leaderboard, { params: { id: contestId }, query: { by } }, { toast: false }), [contestId, by]);
  const tabs: By[] = contest.data?.scope.kind === 'region' ? ['person', 'branch', 'team'] : ['person', 'team'];
  const data = board.data;
  return (
    <View>
      {contest.data && <Text className="board__title">{contest.data.title}</Text>}
      <Tabs<By> items={tabs.map((key) => ({ key, label: TAB_LABELS[key] }))} value={by} onChange={setBy} label="排行方式" />
      {data?.mine && (
        <View className="sb-card board__mine" role="status">
          {by === 'person' ? '我' : by === 'branch' ? '我的支部' : '我的班组'}：第 {data.mine.rank} 名 · {data.mine.score} 分
        </View>
      )}
      <StateView
        loading={board.loading && !data}
        error={data ? null : board.error}
        onRetry={() => void board.reload()}
        empty={data?.rows.length === 0}
        emptyTitle="还没有人交卷"
      >
        <View className="sb-card">
          {data?.rows.map((row) => (
            <View key={row.id} className="sb-list-item board__row">
              <Text className={`board__rank${row.rank <= 3 ? ' board__rank--top' : ''}`}>{row.rank}</Text>
              <View className="board__who">
                <Text className="board__name">{row.name}</Text>
                <Text className="sb-muted">
                  {by === 'person'
                    ? `${row.branchName ?? ''}${row.timeUsedMs !== null ? ` · 用时 ${formatDuration(row.timeUsedMs)}` : ''}`
                    : `参与 ${row.participants}/${row.members} 人 · 参与率 ${Math.round((row.participationRate ?? 0) * 100)}%`}
                </Text>
              </View>
              <Text className="board__score">{by === 'person' ? `${row.score} 分` : `平均 ${row.score} 分`}</Text>
            </View>
          ))}
        </View>
      </StateView>
    </View>
  );
}

export default function LeaderboardPage() {
  const { params } = useRouter();
  return <PageShell>{params.id ? <Board contestId={params.id} /> : <StateView empty emptyTitle="没有指定竞赛" />}</PageShell>;
}
