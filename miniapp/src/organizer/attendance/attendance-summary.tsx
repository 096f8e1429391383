/** The event's attendance at a glance: expected, present, waiting for review, late, on leave, and the rate. */
import type { ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import type { routes } from '../../api/routes';

export function AttendanceSummary({ title, data }: { title: string; data: ResponseOf<typeof routes.getAttendance> }) {
  return (
    <View className="sb-card attendance__summary">
      <Text className="attendance__event">{title}</Text>
      <Text>应到 {data.expected} 人</Text>
      <Text>实到 {data.present} 人</Text>
      {data.pendingCheckins > 0 && <Text className="attendance__pending">离线待确认 {data.pendingCheckins} 人</Text>}
      <Text>迟到 {data.late} 人</Text>
      <Text>请假 {data.onLeave} 人</Text>
      <Text>出勤率 {Math.round(data.rate * 100)}%</Text>
    </View>
  );
}
