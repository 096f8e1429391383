import { formatDuration } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import './index.css';
import { routes } from '../../api/routes';

/** After handing in: the score, the score that counts, my rank, and where to go next. */
export default function ContestResultPage() {
  const { params } = useRouter();
  const contestId = params.contest ?? '';
  const board = useRequest(
    () => api(routes.leaderboard, { params: { id: contestId }, query: { by: 'person' } }, { toast: false }),
    [contestId],
  );
  const mine = board.data?.mine;
  return (
    <PageShell>
      <View className="sb-card result">
        <Text className="result__label">本次得分</Text>
        <Text className="result__score">
          {params.score}
          <Text className="result__max"> / {params.max} 分</Text>
        </Text>
        <Text>
          答对 {params.correct} 题，共 {params.total} 题
        </Text>
        {params.counted !== params.score && <Text className="sb-muted">计入排名的成绩：{params.counted} 分</Text>}
        <View className="result__rank" role="status">
          {mine
            ? `当前排名：第 ${mine.rank} 名，共 ${board.data!.participants} 人参加${mine.timeUsedMs !== null ? ` · 用时 ${formatDuration(mine.timeUsedMs)}` : ''}`
            : board.error
              ? '排名暂时无法加载'
              : '正在计算排名…'}
        </View>
      </View>
      <View className="sb-actions">
        {params.review === '1' ? (
          <Button type="primary" onClick={() => openPage(`${PAGES.review}?attempt=${params.attempt}`)}>
            查看答案和解析
          </Button>
        ) : (
          <Text className="sb-muted result__hint">本竞赛的答案按规定时间公布，届时可在排行榜旁查看。</Text>
        )}
        <Button type="default" onClick={() => openPage(`${PAGES.leaderboard}?id=${contestId}`)}>
          查看排行榜
        </Button>
        <Button type="default" onClick={() => openPage(PAGES.contest)}>
          返回答题
        </Button>
      </View>
    </PageShell>
  );
}
