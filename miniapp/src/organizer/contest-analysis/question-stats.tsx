import { JUDGE_OPTIONS, OPTION_LETTERS, QUESTION_TYPE_LABELS, type endpoints, type ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { RateBar } from '../charts/bars';

type QuestionStat = ResponseOf<typeof endpoints.contestAnalysis>['questions'][number];

const STEM_SHOWN = 40;

/** A judge question's answer reads better as 正确/错误 than as its letter. */
function answerText(type: QuestionStat['type'], answer: string): string {
  if (type !== 'judge') return answer;
  return JUDGE_OPTIONS[OPTION_LETTERS.indexOf(answer as never)] ?? answer;
}

/** Each question, hardest first (as the API sorts them): its correct rate and the wrong answer most chose. */
export function QuestionStats({ questions }: { questions: QuestionStat[] }) {
  return (
    <View>
      {questions.map((q, i) => (
        <View key={q.id} className="sb-list-item analysis-question">
          <Text className="analysis-question__stem">
            {i + 1}. [{QUESTION_TYPE_LABELS[q.type]}] {q.stem.length > STEM_SHOWN ? `${q.stem.slice(0, STEM_SHOWN)}…` : q.stem}
          </Text>
          <RateBar rate={q.correctRate} label="正确率" />
          <Text className="sb-muted">
            {q.answered} 人次作答
            {q.commonWrong ? ` · 最多人错选：${answerText(q.type, q.commonWrong.answer)}（${q.commonWrong.count} 人）` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}
