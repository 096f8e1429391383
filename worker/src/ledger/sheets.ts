/**
 * The ledger's six sheets, as a branch keeps them on paper: 概况, 活动台账, 三会一课, 党员出勤,
 * 知识竞赛, 意见反馈. Chinese headers, a title row naming the branch and the span, dates as real
 * Excel dates in China time; text people typed goes in as text (see `writeXlsx`). The two
 * attendance sheets (活动台账, 党员出勤) are in `attendance-sheets.ts`.
 */
import {
  BRANCH_KIND_LABELS,
  BRANCH_ROLE_LABELS,
  BRANCH_ROLES,
  compliance,
  COMPLIANCE_PER_LABELS,
  DEFAULT_COMPLIANCE_TARGETS,
  EVENT_KIND_LABELS,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_STATUS_LABELS,
  percent,
  RATING_LABELS,
  UNIT_STATE_LABELS,
  type ComplianceTargets,
} from '@sitebranch/shared';
import { contestFigures, feedbackRates } from '../results/branch-dashboard';
import type { CellValue, SheetInput } from '../spreadsheet/xlsx-write';
import { type Attendance, attendanceOf, eventsSheet, membersSheet } from './attendance-sheets';
import { at, rate } from './cells';
import type { LedgerData } from './load';

function overview(data: LedgerData, attendance: Attendance, title: string): SheetInput {
  const { branch } = data;
  const expected = attendance.reduce((n, a) => n + a.expected.length, 0);
  const present = attendance.reduce((n, a) => n + a.came.size, 0);
  const rows = complianceRows(data);
  const resolved = data.feedback.filter((f) => f.status === 'resolved');
  const rated = data.feedback.filter((f) => f.rating !== null);
  const { inTimeRate, satisfactionRate } = feedbackRates({
    received: data.feedback.length,
    resolved: resolved.length,
    resolvedInTime: resolved.filter((f) => f.closedAt !== null && f.closedAt <= f.resolveDueAt).length,
    rated: rated.length,
    satisfied: rated.filter((f) => f.rating! >= 4).length,
  });
  return {
    name: '概况',
    title,
    rows: [
      ['项目', '内容'],
      ['支部名称', branch.name],
      ['支部类型', `${BRANCH_KIND_LABELS[branch.kind]}支部`],
      ['项目名称', branch.projectName],
      ['地址', branch.address],
      ['所属区域', branch.regionName],
      ['台账时段', data.span.label],
      ['导出时间', at(data.now)],
      ['成员', data.roster.length],
      ...BRANCH_ROLES.slice()
        .reverse()
        .map((role): CellValue[] => [`　其中${BRANCH_ROLE_LABELS[role]}`, data.roster.filter((m) => m.role === role).length]),
      ['开展活动（次）', data.events.length],
      ['应到（人次）', expected],
      ['实到（人次）', present],
      ['出勤率', rate(percent(present, expected))],
      ['三会一课应开（次）', rows.reduce((n, r) => n + r.due, 0)],
      ['三会一课已开（次）', rows.reduce((n, r) => n + r.held, 0)],
      ['三会一课缺开（次）', rows.reduce((n, r) => n + r.missing, 0)],
      ['收到意见反馈（条）', data.feedback.length],
      ['按时办结率', rate(inTimeRate)],
      ['满意率', rate(satisfactionRate)],
    ],
    columnWidths: [22, 48],
    boldHeader: true,
  };
}

function complianceRows(data: LedgerData) {
  const targets: ComplianceTargets = data.branch.targets ? JSON.parse(data.branch.targets) : DEFAULT_COMPLIANCE_TARGETS;
  return compliance(data.span, targets, data.meetings, data.now, data.branch.createdAt);
}

/** One row per kind and month or quarter; the kind and its rule merged down its rows, as on paper. */
function meetings(data: LedgerData, title: string): SheetInput {
  const rows: CellValue[][] = [['会议', '要求', '时段', '应开', '已开', '已安排', '情况']];
  const merges: SheetInput['merges'] = [];
  for (const row of complianceRows(data)) {
    const first = rows.length;
    for (const unit of row.units) {
      rows.push([
        EVENT_KIND_LABELS[row.kind],
        `${COMPLIANCE_PER_LABELS[row.target.per]} ${row.target.times} 次`,
        unit.label,
        unit.due,
        unit.held,
        unit.scheduled,
        UNIT_STATE_LABELS[unit.state],
      ]);
    }
    if (row.units.length > 1) merges.push({ row: first, col: 0, rows: row.units.length }, { row: first, col: 1, rows: row.units.length });
  }
  return { name: '三会一课', title, rows, merges, columnWidths: [14, 14, 18, 6, 6, 8, 8], boldHeader: true };
}

function contests(data: LedgerData, title: string): SheetInput {
  const rows = data.contests.map((c): CellValue[] => {
    const { participationRate, averageScore } = contestFigures(c, data.roster.length);
    return [
      c.title,
      c.scope === 'region' ? '全区域' : '本支部',
      at(c.opensAt),
      at(c.closesAt),
      c.maxScore,
      c.participants,
      rate(participationRate),
      averageScore,
    ];
  });
  return {
    name: '知识竞赛',
    title,
    rows: [['竞赛', '范围', '开始', '结束', '满分', '参加人数', '参与率', '平均分'], ...rows],
    columnWidths: [28, 8, 17, 17, 6, 9, 8, 8],
    boldHeader: true,
  };
}

function feedback(data: LedgerData, title: string): SheetInput {
  const inTime = (f: LedgerData['feedback'][number]) =>
    f.status !== 'resolved' || f.closedAt === null ? '未办结' : f.closedAt <= f.resolveDueAt ? '是' : '否';
  const rows = data.feedback.map((f): CellValue[] => [
    at(f.createdAt),
    FEEDBACK_CATEGORY_LABELS[f.category],
    f.anonymous ? '匿名' : (f.submitter ?? '未填姓名'),
    f.text,
    f.place,
    FEEDBACK_STATUS_LABELS[f.status],
    at(f.acceptDueAt),
    at(f.resolveDueAt),
    at(f.closedAt),
    inTime(f),
    f.rating === null ? null : (RATING_LABELS[f.rating] ?? String(f.rating)),
  ]);
  const header = ['收到时间', '类别', '提交人', '内容', '地点', '状态', '受理期限', '办结期限', '办结时间', '按时办结', '评价'];
  return { name: '意见反馈', title, rows: [header, ...rows], columnWidths: [17, 10, 10, 48, 16, 8, 17, 17, 17, 8, 10], boldHeader: true };
}

export function ledgerSheets(data: LedgerData): SheetInput[] {
  const attendance = attendanceOf(data);
  const title = (sheet: string) => `${data.branch.name} ${sheet}（${data.span.label}）`;
  return [
    overview(data, attendance, title('台账概况')),
    eventsSheet(attendance, title('活动台账')),
    meetings(data, title('三会一课')),
    membersSheet(data, attendance, title('党员出勤')),
    contests(data, title('知识竞赛')),
    feedback(data, title('意见反馈')),
  ];
}
