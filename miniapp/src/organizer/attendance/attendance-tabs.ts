/** The tabs of the attendance list: who each holds, what each is called with its count, and which are shown. */
import type { ResponseOf } from '@sitebranch/shared';
import type { routes } from '../../api/routes';
import type { Person } from './person-row';

export type Tab = 'present' | 'offline' | 'absent' | 'leave';

type AttendanceData = ResponseOf<typeof routes.getAttendance>;

/**
 * 已到: confirmed check-ins. 离线: offline check-ins waiting for review, or refused. 未到: not
 * checked in and not on approved leave (the same split as the counts). 请假: everyone who asked.
 */
export const IN_TAB: Record<Tab, (p: Person) => boolean> = {
  present: (p) => p.status === 'present',
  offline: (p) => p.offline && p.checkinStatus !== 'confirmed',
  absent: (p) => p.status === 'absent',
  leave: (p) => p.leave !== null,
};

/** Each tab's label, with its count once the attendance has loaded. */
export const tabLabelsOf = (data: AttendanceData | undefined): Record<Tab, string> =>
  data
    ? {
        present: `已到 ${data.present}`,
        offline: data.pendingCheckins ? `待确认 ${data.pendingCheckins}` : `离线 ${data.refusedCheckins}`,
        absent: `未到 ${data.absent}`,
        leave: `请假 ${data.pendingLeaves ? `${data.pendingLeaves} 待批` : data.onLeave}`,
      }
    : { present: '已到', offline: '离线', absent: '未到', leave: '请假' };

/** The 离线 tab only when there are offline check-ins to review or refused ones to see. */
export const tabsOf = (data: AttendanceData | undefined): Tab[] =>
  data && data.pendingCheckins + data.refusedCheckins > 0 ? ['present', 'offline', 'absent', 'leave'] : ['present', 'absent', 'leave'];
