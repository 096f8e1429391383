import { formatCst, TIMELINE_LABELS, type FeedbackDetail } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { timelineActor } from '../../feedback/labels';

/** 处理经过: each step with who, when and the note, oldest first. */
export function Timeline({ feedback }: { feedback: FeedbackDetail }) {
  return (
    <View className="sb-card fb-section">
      <Text className="fb-section__title">处理经过</Text>
      <View className="fb-timeline" role="list" aria-label="处理经过">
        {feedback.timeline.map((event, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the timeline only grows at its end (oldest first), so an event keeps its position; the API gives events no id, and two may share a time.
          <View key={`${event.createdAt}-${i}`} className={`fb-timeline__item fb-timeline__item--${event.actor}`} role="listitem">
            <Text className="fb-timeline__what">
              {TIMELINE_LABELS[event.kind]} · {timelineActor(event, feedback.anonymous)}
            </Text>
            <Text className="sb-muted">{formatCst(event.createdAt)}</Text>
            {event.note && <Text className="fb-timeline__note">{event.note}</Text>}
          </View>
        ))}
      </View>
    </View>
  );
}
