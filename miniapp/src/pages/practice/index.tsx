import { Text, View } from '@tarojs/components';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { PracticeQuestion } from './practice-question';
import './index.css';
import { routes } from '../../api/routes';

/** 每日一练: today's five questions, answered one at a time; a streak, never a ranking. */
export default function PracticePage() {
  const today = useRequest(() => api(routes.dailyPractice, {}, { toast: false }), []);
  const data = today.data;
  return (
    <PageShell>
      <StateView
        loading={today.loading && !data}
        error={data ? null : today.error}
        onRetry={() => void today.reload()}
        empty={data?.questions.length === 0}
        emptyTitle="今天没有练习题"
        emptyHint="支部或区域建好题库后，每天会有 5 道练习题。"
      >
        {data && (
          <View>
            <View className="sb-card practice__summary" role="status">
              <Text>
                今天已答 {data.answered}/{data.questions.length} 题，答对 {data.correct} 题
              </Text>
              <Text className="practice__streak">已连续练习 {data.streak} 天</Text>
              {data.answered === data.questions.length && <Text>今天的练习完成了，明天再来！</Text>}
            </View>
            {data.questions.map((q, i) => (
              <PracticeQuestion key={q.id} question={q} number={i + 1} onAnswered={() => void today.reload()} />
            ))}
          </View>
        )}
      </StateView>
    </PageShell>
  );
}
