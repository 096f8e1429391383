import { QUESTION_TYPE_LABELS } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { QuestionOptions, shownLetters } from '../../components/question-options';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import './index.css';
import { routes } from '../../api/routes';

/** Review of one's own attempt: what I chose, the right answer and why (when the contest allows). */
function Review({ attemptId }: { attemptId: string }) {
  const review = useRequest(() => api(routes.reviewAttempt, { params: { id: attemptId } }, { toast: false }), [attemptId]);
  const data = review.data;
  return (
    <StateView loading={review.loading && !data} error={data ? null : review.error} onRetry={() => void review.reload()}>
      {data && (
        <View>
          <View className="sb-card review__summary">
            得分 {data.score} / {data.maxScore} · 答对 {data.questions.filter((q) => q.correct).length} / {data.questions.length} 题
          </View>
          {data.questions.map((q, i) => (
            <View key={q.id} className="sb-card review__question">
              <Text className={q.correct ? 'review__verdict review__verdict--right' : 'review__verdict review__verdict--wrong'}>
                第 {i + 1} 题 · {QUESTION_TYPE_LABELS[q.type]} · {q.correct ? `答对 +${q.points}` : q.given ? '答错' : '未作答'}
              </Text>
              <Text className="review__stem">{q.stem}</Text>
              <QuestionOptions type={q.type} options={q.options} chosen={q.given ?? ''} answer={q.answer} disabled />
              <Text>
                正确答案：{shownLetters(q.options, q.answer)}
                {q.given && !q.correct ? `；我的答案：${shownLetters(q.options, q.given)}` : ''}
              </Text>
              {q.explanation && <Text className="review__explanation">解析：{q.explanation}</Text>}
            </View>
          ))}
        </View>
      )}
    </StateView>
  );
}

export default function ReviewPage() {
  const { params } = useRouter();
  return (
    <PageShell>{params.attempt ? <Review attemptId={params.attempt} /> : <StateView empty emptyTitle="没有指定答题记录" />}</PageShell>
  );
}
