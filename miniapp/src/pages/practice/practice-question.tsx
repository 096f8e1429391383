import { QUESTION_TYPE_LABELS, type ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { QuestionOptions, shownLetters } from '../../components/question-options';
import { Button } from '../../components/ui';
import { routes } from '../../api/routes';

type Question = ResponseOf<typeof routes.dailyPractice>['questions'][number];

/** One practice question: choose, 提交, then right or wrong at once with the explanation. */
export function PracticeQuestion({ question, number, onAnswered }: { question: Question; number: number; onAnswered(): void }) {
  const [chosen, setChosen] = useState(question.result?.given ?? '');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string>();
  const result = question.result;

  async function send() {
    setSending(true);
    setError(undefined);
    try {
      await api(routes.answerPractice, { body: { questionId: question.id, answer: chosen } }, { toast: false });
      onAnswered();
    } catch (e) {
      setError((e as ApiRequestError).message);
    } finally {
      setSending(false);
    }
  }

  return (
    <View className="sb-card practice__question">
      <Text className="sb-muted">
        第 {number} 题 · {QUESTION_TYPE_LABELS[question.type]}
      </Text>
      <Text className="practice__stem">{question.stem}</Text>
      <QuestionOptions
        type={question.type}
        options={question.options}
        chosen={chosen}
        onChange={setChosen}
        answer={result?.answer}
        disabled={!!result || sending}
      />
      {result ? (
        <View
          className={result.correct ? 'practice__result practice__result--right' : 'practice__result practice__result--wrong'}
          role="status"
        >
          <Text className="practice__verdict">
            {result.correct ? '回答正确' : `回答错误，正确答案：${shownLetters(question.options, result.answer)}`}
          </Text>
          {result.explanation && <Text>解析：{result.explanation}</Text>}
        </View>
      ) : (
        <Button
          type="primary"
          loading={sending}
          disabled={!chosen || (question.type === 'multiple' && chosen.length < 2)}
          onClick={() => void send()}
        >
          {question.type === 'multiple' && chosen.length < 2 ? '多选题请至少选两项' : '提交答案'}
        </Button>
      )}
      {error && (
        <View className="sb-field__error" role="alert">
          {error}
        </View>
      )}
    </View>
  );
}
