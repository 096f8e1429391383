import { QUESTION_TYPE_LABELS, type ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { QuestionOptions } from '../../components/question-options';
import { Button } from '../../components/ui';
import { useServerClock } from '../../hooks/use-server-clock';
import { PAGES } from '../../nav';
import { QuestionNav } from './question-nav';
import { useAnswerSaver, type SaveStatus } from './use-answer-saver';
import { routes } from '../../api/routes';

type Attempt = ResponseOf<typeof routes.startAttempt>;

const SAVE_TEXT: Record<SaveStatus, string> = {
  saved: '已自动保存',
  saving: '正在保存…',
  retrying: '网络不好，答案已记在手机上，正在重试',
  closed: '答题时间已到',
};

function clock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** One attempt: countdown, progress, navigator, the question, autosave, and the submit check. */
export function AttemptRunner({ attempt }: { attempt: Attempt }) {
  const saved = Object.fromEntries(attempt.questions.filter((q) => q.saved).map((q) => [q.id, q.saved!]));
  const saver = useAnswerSaver(attempt.id, saved);
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      attempt.questions.findIndex((q) => !saver.answers[q.id]),
    ),
  );
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();
  // Measured once, when the attempt arrived: recomputed on each render it would pin the clock to serverTime.
  const [offsetMs] = useState(() => attempt.serverTime - Date.now());
  const now = useServerClock(offsetMs);
  const left = attempt.deadline - now;
  const autoSubmitted = useRef(false);
  const question = attempt.questions[index]!;
  const answered = attempt.questions.filter((q) => saver.answers[q.id]).length;

  async function submit() {
    setSubmitting(true);
    setError(undefined);
    try {
      await saver.flush();
      const result = await api(
        routes.submitAttempt,
        { params: { id: attempt.id }, body: { backgroundCount: saver.backgroundCount() } },
        { toast: false },
      );
      saver.forget();
      const q = `attempt=${attempt.id}&contest=${attempt.contestId}&score=${result.score}&max=${result.maxScore}&correct=${result.correct}&total=${result.total}&counted=${result.countedScore}&review=${result.reviewAvailable ? 1 : 0}`;
      void Taro.redirectTo({ url: `${PAGES.contestResult}?${q}` });
    } catch (e) {
      setError(`交卷没有成功：${(e as ApiRequestError).message}。答案已保存在手机上，请重试。`);
      setSubmitting(false);
    }
  }

  async function confirmSubmit() {
    const missing = attempt.questions.length - answered;
    const { confirm } = await Taro.showModal({
      title: '交卷',
      content: missing > 0 ? `还有 ${missing} 题没有作答，交卷后不能再修改。确定交卷吗？` : '交卷后不能再修改答案。确定交卷吗？',
      confirmText: '交卷',
      cancelText: '再检查',
      confirmColor: '#b3121a',
    });
    if (confirm) void submit();
  }

  // Time is up: hand in what was answered. The effect follows only `timeUp` (not each tick of the
  // countdown) and calls the latest `submit` through a ref, as `submit` is a new function each render.
  const timeUp = left <= 0;
  const submitRef = useRef(submit);
  submitRef.current = submit;
  useEffect(() => {
    if (timeUp && !autoSubmitted.current) {
      autoSubmitted.current = true;
      void submitRef.current();
    }
  }, [timeUp]);

  return (
    <View className="attempt">
      <View className="attempt__bar">
        <View
          className={`attempt__timer${left < 60_000 ? ' attempt__timer--low' : ''}`}
          role="timer"
          aria-label={`剩余时间 ${clock(left)}`}
        >
          剩余 {clock(left)}
        </View>
        <Text className="attempt__progress-text">
          已答 {answered}/{attempt.questions.length}
        </Text>
      </View>
      <View
        className="attempt__progress"
        role="progressbar"
        aria-label="答题进度"
        aria-valuemin={0}
        aria-valuemax={attempt.questions.length}
        aria-valuenow={answered}
      >
        <View className="attempt__progress-fill" style={{ width: `${(answered / attempt.questions.length) * 100}%` }} />
      </View>
      <View className="attempt__save" role="status" aria-live="polite">
        {SAVE_TEXT[saver.status]}
      </View>
      <View className="sb-card attempt__question">
        <Text className="sb-muted">
          第 {index + 1} 题 · {QUESTION_TYPE_LABELS[question.type]} · {question.points} 分
        </Text>
        <Text className="attempt__stem">{question.stem}</Text>
        <QuestionOptions
          type={question.type}
          options={question.options}
          chosen={saver.answers[question.id] ?? ''}
          onChange={(chosen) => saver.choose(question.id, chosen)}
          disabled={submitting}
        />
      </View>
      <View className="attempt__steps">
        <Button type="default" disabled={index === 0} onClick={() => setIndex(index - 1)}>
          上一题
        </Button>
        <Button type="default" disabled={index === attempt.questions.length - 1} onClick={() => setIndex(index + 1)}>
          下一题
        </Button>
      </View>
      <QuestionNav ids={attempt.questions.map((q) => q.id)} answers={saver.answers} current={index} onJump={setIndex} />
      {error && (
        <View className="sb-field__error attempt__error" role="alert">
          {error}
        </View>
      )}
      <View className="sb-actions">
        <Button type="primary" loading={submitting} onClick={() => void confirmSubmit()}>
          交卷
        </Button>
      </View>
    </View>
  );
}
