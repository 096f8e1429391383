import { formatCst } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import { BarChart } from '../charts/bars';
import { ChartFrame } from '../charts/chart-frame';
import { FlaggedList } from './flagged-list';
import { QuestionStats } from './question-stats';
import './index.css';
import { routes } from '../../api/routes';

function Analysis({ contestId }: { contestId: string }) {
  const loaded = useRequest(async () => {
    const [contest, analysis] = await Promise.all([
      api(routes.getContest, { params: { id: contestId } }, { toast: false }),
      api(routes.contestAnalysis, { params: { id: contestId } }, { toast: false }),
    ]);
    return { contest, analysis };
  }, [contestId]);
  const { contest, analysis: a } = loaded.data ?? {};
  const histogram = (a?.histogram ?? []).map((band) => ({
    key: `${band.from}`,
    label: band.from === band.to ? `${band.from} 分` : `${band.from}–${band.to} 分`,
    value: band.count,
    text: `${band.count} 次`,
  }));
  const overTime = (a?.overTime ?? []).map((day) => ({
    key: day.day,
    label: day.day.slice(5),
    value: day.attempts,
    text: `${day.attempts} 次`,
  }));

  return (
    <StateView loading={loaded.loading && !loaded.data} error={loaded.data ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {contest && a && (
        <View>
          <View className="sb-card analysis-summary">
            <Text className="analysis-summary__title">{contest.title}</Text>
            <Text className="sb-muted analysis-summary__when">
              {formatCst(contest.opensAt)} 至 {formatCst(contest.closesAt)}
            </Text>
            <Text>参加 {a.participants} 人</Text>
            <Text>交卷 {a.attempts} 次</Text>
            <Text>平均 {a.averageScore} 分</Text>
            <Text>满分 {a.maxScore} 分</Text>
          </View>
          <View className="sb-actions">
            <Button type="primary" fill="outline" onClick={() => openPage(`${PAGES.leaderboard}?id=${contestId}`)}>
              查看排行榜
            </Button>
          </View>
          <StateView empty={a.attempts === 0} emptyTitle="还没有人交卷" emptyHint="有人交卷后，这里显示分数分布和每道题的正确率。">
            <ChartFrame
              title="分数分布（交卷次数）"
              table={{ columns: ['分数段', '交卷次数'], rows: histogram.map((b) => ({ key: b.key, cells: [b.label, b.value] })) }}
            >
              <BarChart title="分数分布" bars={histogram} />
            </ChartFrame>
            <ChartFrame
              title="每天开始答题"
              table={{ columns: ['日期', '开始答题次数'], rows: overTime.map((b) => ({ key: b.key, cells: [b.label, b.value] })) }}
            >
              <BarChart title="每天开始答题的次数" bars={overTime} />
            </ChartFrame>
            <Text className="sb-section-title">每题正确率（最难的在前）</Text>
            <View className="sb-card analysis-list">
              <QuestionStats questions={a.questions} />
            </View>
          </StateView>
          <Text className="sb-section-title">需要留意的答题</Text>
          <Text className="sb-muted analysis-note">切到后台或过快作答较多的，供核实，不会自动扣分。</Text>
          <View className="sb-card analysis-list">
            <StateView empty={a.flagged.length === 0} emptyTitle="没有需要留意的答题">
              <FlaggedList flagged={a.flagged} />
            </StateView>
          </View>
        </View>
      )}
    </StateView>
  );
}

/** 竞赛分析 for organizers: who took part, how scores spread, which questions were hardest, which attempts to check. */
export default function ContestAnalysisPage() {
  const { params } = useRouter();
  return <PageShell>{params.id ? <Analysis contestId={params.id} /> : <StateView empty emptyTitle="没有指定竞赛" />}</PageShell>;
}
