import { formatCst, type Contest } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { Button } from '../../components/ui';
import { openPage, PAGES } from '../../nav';
import './contest-card.css';

const STATUS = { upcoming: '未开始', open: '进行中', closed: '已结束' } as const;

/** One contest: when, how, my standing, and what I can do now (`canTake`: false for a region admin outside its branches). */
export function ContestCard({ contest, canTake = true }: { contest: Contest; canTake?: boolean }) {
  const { mine } = contest;
  const canStart = canTake && contest.status === 'open' && (mine.openAttemptId !== null || mine.attemptsUsed < contest.attemptsAllowed);
  return (
    <View className="sb-card contest-card">
      <View className="sb-row">
        <Text className="contest-card__title">{contest.title}</Text>
        <Text className={`contest-card__status contest-card__status--${contest.status}`}>{STATUS[contest.status]}</Text>
      </View>
      <Text className="sb-muted">
        {contest.scope.kind === 'region' ? `全区域 · ${contest.scope.name}` : contest.scope.name} · {formatCst(contest.opensAt).slice(5)} 至{' '}
        {formatCst(contest.closesAt).slice(5)}
      </Text>
      <Text className="sb-muted">
        {contest.questionCount} 题 · 满分 {contest.maxScore} · 限时 {contest.timeLimitMinutes} 分钟 ·{' '}
        {contest.attemptsAllowed > 1
          ? `可答 ${contest.attemptsAllowed} 次（${contest.counts === 'best' ? '取最好成绩' : '取最后一次'}）`
          : '只能答 1 次'}{' '}
        · {contest.participants} 人参加
      </Text>
      {mine.score !== null && (
        <Text className="contest-card__mine">
          我的成绩：{mine.score} 分（已答 {mine.attemptsUsed} 次）
        </Text>
      )}
      <View className="contest-card__actions">
        {canStart && (
          <Button type="primary" onClick={() => openPage(`${PAGES.attempt}?contest=${contest.id}`)}>
            {mine.openAttemptId ? '继续答题' : mine.attemptsUsed > 0 ? '再答一次' : '开始答题'}
          </Button>
        )}
        {contest.status !== 'upcoming' && (
          <Button type="default" onClick={() => openPage(`${PAGES.leaderboard}?id=${contest.id}`)}>
            排行榜
          </Button>
        )}
        {contest.canManage && (
          <Button type="default" onClick={() => openPage(`${PAGES.contestAnalysis}?id=${contest.id}`)}>
            答题分析
          </Button>
        )}
        {contest.canManage && contest.status !== 'closed' && (
          <Button type="default" onClick={() => openPage(`${PAGES.contestEdit}?id=${contest.id}`)}>
            修改
          </Button>
        )}
      </View>
    </View>
  );
}
