/** The ledger's attendance sheets: 活动台账 (each held event) and 党员出勤 (member × event). */
import { BRANCH_ROLE_LABELS, CST_OFFSET_MS, EVENT_KIND_LABELS } from '@sitebranch/shared';
import { expects } from '../results/branch-dashboard';
import type { CellValue, SheetInput } from '../spreadsheet/xlsx-write';
import { at } from './cells';
import type { LedgerData, LedgerEvent } from './load';

/** Each held event with who was expected, present, on leave and absent. */
export function attendanceOf(data: LedgerData) {
  const present = new Map<string, Map<string, number>>();
  for (const p of data.present) present.set(p.eventId, (present.get(p.eventId) ?? new Map()).set(p.userId, p.late));
  const leave = new Map<string, Set<string>>();
  for (const l of data.onLeave) leave.set(l.eventId, (leave.get(l.eventId) ?? new Set()).add(l.userId));
  return data.events.map((event) => {
    const came = present.get(event.id) ?? new Map<string, number>();
    const away = leave.get(event.id) ?? new Set<string>();
    const expected = data.roster.filter((m) => expects(event, m));
    const absent = expected.filter((m) => !came.has(m.userId) && !away.has(m.userId));
    return { event, expected, came, away, absent };
  });
}
export type Attendance = ReturnType<typeof attendanceOf>;

export function eventsSheet(attendance: Attendance, title: string): SheetInput {
  const header = [
    '日期',
    '类型',
    '活动名称',
    '地点',
    '组织人',
    '应到',
    '实到',
    '请假',
    '缺勤',
    '缺勤人员',
    '迟到',
    '离线签到',
    '代签到',
    '补签',
  ];
  const rows = attendance.map(({ event: e, expected, came, away, absent }): CellValue[] => [
    at(e.startsAt),
    EVENT_KIND_LABELS[e.kind],
    e.title,
    e.placeName,
    e.organizer,
    expected.length,
    came.size,
    away.size,
    absent.length,
    absent.map((m) => m.name ?? '未填姓名').join('、'),
    e.late,
    e.offline,
    e.roster,
    e.makeup,
  ]);
  return {
    name: '活动台账',
    title,
    rows: [header, ...rows],
    columnWidths: [17, 12, 28, 18, 10, 6, 6, 6, 6, 40, 6, 9, 8, 6],
    boldHeader: true,
  };
}

/** Member × event: 出席, 迟到, 请假 or 缺勤; blank where the event did not expect them. */
export function membersSheet(data: LedgerData, attendance: Attendance, title: string): SheetInput {
  const day = (e: LedgerEvent) => {
    const d = new Date(e.startsAt + CST_OFFSET_MS);
    return `${d.getUTCMonth() + 1}-${d.getUTCDate()} ${e.title}`;
  };
  const header = ['姓名', '身份', '班组', ...attendance.map((a) => day(a.event)), '出席', '请假', '缺勤'];
  const rows = data.roster.map((m): CellValue[] => {
    let came = 0;
    let away = 0;
    let missed = 0;
    const cells = attendance.map((a): CellValue => {
      if (!expects(a.event, m) && !a.came.has(m.userId)) return null;
      if (a.came.has(m.userId)) {
        came++;
        return a.came.get(m.userId) ? '迟到' : '出席';
      }
      if (a.away.has(m.userId)) {
        away++;
        return '请假';
      }
      missed++;
      return '缺勤';
    });
    return [m.name ?? '未填姓名', BRANCH_ROLE_LABELS[m.role], m.workTeam, ...cells, came, away, missed];
  });
  return {
    name: '党员出勤',
    title,
    rows: [header, ...rows],
    columnWidths: [12, 8, 10, ...attendance.map(() => 14), 6, 6, 6],
    boldHeader: true,
  };
}
