import { CHECKIN_METHOD_LABELS, CHECKIN_STATUS_LABELS, formatCst, type ResponseOf } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import type { ReactNode } from 'react';
import type { routes } from '../../api/routes';

export type Person = ResponseOf<typeof routes.getAttendance>['people'][number];

/** How a person stands: when and how they checked in, late, offline, on leave, and the note. */
export function details(person: Person): string {
  const parts = [person.workTeam ?? '未分班组'];
  if (person.checkedInAt !== null) parts.push(`${formatCst(person.checkedInAt).slice(11)} ${CHECKIN_METHOD_LABELS[person.method!]}`);
  if (person.late) parts.push('迟到');
  if (person.offline)
    parts.push(person.checkinStatus === 'confirmed' ? '离线' : `离线${CHECKIN_STATUS_LABELS[person.checkinStatus ?? 'pending']}`);
  if (person.status === 'leave') parts.push('请假');
  return parts.join(' · ') + (person.note ? `（${person.note}）` : '');
}

/** One person of the roster, with the actions the tab allows under it. */
export function PersonRow({ person, children }: { person: Person; children?: ReactNode }) {
  return (
    <View className="sb-list-item attendance__person">
      <View className="attendance__who">
        <Text className="attendance__name">{person.name ?? '未填写姓名'}</Text>
        <Text className="sb-muted">{details(person)}</Text>
      </View>
      {children && <View className="attendance__row-actions">{children}</View>}
    </View>
  );
}
