import type { endpoints, ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';

type Flagged = ResponseOf<typeof endpoints.contestAnalysis>['flagged'];

/** Attempts worth a second look: the app went to the background often, or answers came too fast to have been read. */
export function FlaggedList({ flagged }: { flagged: Flagged }) {
  return (
    <View>
      {flagged.map((attempt) => (
        <View key={attempt.attemptId} className="sb-list-item">
          <View className="analysis-flagged__text">
            <Text className="analysis-flagged__name">{attempt.name ?? '未填写姓名'}</Text>
            <Text className="sb-muted">
              切到后台 {attempt.backgroundCount} 次 · 过快作答 {attempt.fastAnswers} 题
            </Text>
          </View>
          <Text>{attempt.score === null ? '未交卷' : `${attempt.score} 分`}</Text>
        </View>
      ))}
    </View>
  );
}
