import { View } from '@tarojs/components';

/** The numbers of all questions: answered ones filled, the current one outlined; tap to jump. */
export function QuestionNav({
  ids,
  answers,
  current,
  onJump,
}: {
  ids: string[];
  answers: Record<string, string>;
  current: number;
  onJump(index: number): void;
}) {
  return (
    <View className="attempt-nav" role="navigation" aria-label="题目导航">
      {ids.map((id, i) => {
        const done = Boolean(answers[id]);
        return (
          <View
            key={id}
            role="button"
            aria-label={`第 ${i + 1} 题${done ? '，已答' : '，未答'}`}
            aria-current={i === current ? 'step' : undefined}
            className={`attempt-nav__item${done ? ' attempt-nav__item--done' : ''}${i === current ? ' attempt-nav__item--current' : ''}`}
            onClick={() => onJump(i)}
          >
            {i + 1}
          </View>
        );
      })}
    </View>
  );
}
