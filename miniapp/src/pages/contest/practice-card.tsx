import { Text, View } from '@tarojs/components';
import { api } from '../../api/client';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import { routes } from '../../api/routes';

/** 每日一练 on the 答题 tab: today's progress and the streak. */
export function PracticeCard({ reloadKey }: { reloadKey: number }) {
  const today = useRequest(() => api(routes.dailyPractice, {}, { toast: false }), [reloadKey]);
  const data = today.data;
  const total = data?.questions.length ?? 0;
  return (
    <View className="sb-card practice-card">
      <View className="sb-row">
        <Text className="contest-card__title">每日一练</Text>
        {data && <Text className="practice-card__streak">已连续 {data.streak} 天</Text>}
      </View>
      <Text className="sb-muted">
        {!data
          ? today.error
            ? '暂时无法加载，稍后再试'
            : '正在加载…'
          : total === 0
            ? '支部还没有题库，暂时没有题目'
            : `今天 ${total} 道题，已答 ${data.answered} 道，答对 ${data.correct} 道。不排名，答完就看解析。`}
      </Text>
      {total > 0 && (
        <Button type="primary" fill={data!.answered === total ? 'outline' : undefined} onClick={() => openPage(PAGES.practice)}>
          {data!.answered === 0 ? '开始今日练习' : data!.answered < total ? '继续练习' : '查看今天的解析'}
        </Button>
      )}
    </View>
  );
}
