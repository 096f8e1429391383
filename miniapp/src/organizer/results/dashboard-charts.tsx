import {
  CST_OFFSET_MS,
  EVENT_KIND_LABELS,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_STATUS_LABELS,
  percent,
  type BranchDashboard,
  type EventKind,
  type ResponseOf,
  type endpoints,
} from '@sitebranch/shared';
import { BarChart } from '../charts/bars';
import { ChartFrame } from '../charts/chart-frame';
import { ColumnChart } from '../charts/columns';
import { StackedBars } from '../charts/stacked-bars';
import { rateText } from '../../results/rate-text';

const kindLabel = (kind: string) => EVENT_KIND_LABELS[kind as EventKind] ?? kind;

/** 出勤率（按月）: the period's events grouped by their month in China. */
export function AttendanceByMonth({ attendance }: { attendance: BranchDashboard['attendance'] }) {
  const months = new Map<string, { expected: number; present: number }>();
  for (const e of attendance.events) {
    const d = new Date(e.startsAt + CST_OFFSET_MS);
    const key = `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
    const m = months.get(key) ?? { expected: 0, present: 0 };
    months.set(key, { expected: m.expected + e.expected, present: m.present + e.present });
  }
  const rows = [...months]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, m]) => ({ key, label: `${Number(key.slice(5))}月`, ...m, rate: percent(m.present, m.expected) }));
  if (rows.length === 0) return null;
  return (
    <ChartFrame
      title="出勤率（按月）"
      table={{
        columns: ['月份', '应到', '实到', '出勤率'],
        rows: rows.map((r) => ({ key: r.key, cells: [r.label, r.expected, r.present, rateText(r.rate)] })),
      }}
    >
      <ColumnChart
        title="出勤率（按月）"
        columns={rows.map((r) => ({ key: r.key, label: r.label, value: r.rate, text: rateText(r.rate) }))}
      />
    </ChartFrame>
  );
}

/** 活动类型: events held, by kind. */
export function EventsByKind({ byKind }: { byKind: { kind: string; count: number }[] }) {
  if (byKind.length === 0) return null;
  return (
    <ChartFrame
      title="活动类型"
      table={{ columns: ['类型', '次数'], rows: byKind.map((k) => ({ key: k.kind, cells: [kindLabel(k.kind), k.count] })) }}
    >
      <BarChart
        title="活动类型"
        bars={byKind.map((k) => ({ key: k.kind, label: kindLabel(k.kind), value: k.count, text: `${k.count} 次` }))}
      />
    </ChartFrame>
  );
}

/** 三会一课: each meeting's held, missing and still to come, as one bar each. */
export function ComplianceChart({ data }: { data: ResponseOf<typeof endpoints.getCompliance> }) {
  if (data.rows.length === 0) return null;
  return (
    <ChartFrame
      title="三会一课完成图"
      table={{
        columns: ['会议', '已开', '缺开', '待开'],
        rows: data.rows.map((r) => ({ key: r.kind, cells: [EVENT_KIND_LABELS[r.kind], r.held, r.missing, r.toCome] })),
      }}
    >
      <StackedBars
        title="三会一课完成图"
        rows={data.rows.map((r) => ({
          key: r.kind,
          label: EVENT_KIND_LABELS[r.kind],
          segments: [
            { label: '已开', value: r.held, tone: 'done' },
            { label: '缺开', value: r.missing, tone: 'missing' },
            { label: '待开', value: r.toCome, tone: 'open' },
          ],
        }))}
      />
    </ChartFrame>
  );
}

/** 意见反馈: the period's feedback by category and by where it stands now. */
export function FeedbackCharts({ feedback }: { feedback: BranchDashboard['feedback'] }) {
  if (feedback.received === 0) return null;
  const byCategory = feedback.byCategory.map((c) => ({
    key: c.category,
    label: FEEDBACK_CATEGORY_LABELS[c.category],
    value: c.count,
    text: `${c.count} 条`,
  }));
  const byStatus = feedback.byStatus.map((s) => ({
    key: s.status,
    label: FEEDBACK_STATUS_LABELS[s.status],
    value: s.count,
    text: `${s.count} 条`,
  }));
  return (
    <>
      <ChartFrame
        title="意见反馈（按类别）"
        table={{ columns: ['类别', '条数'], rows: byCategory.map((b) => ({ key: b.key, cells: [b.label, b.value] })) }}
      >
        <BarChart title="意见反馈（按类别）" bars={byCategory} />
      </ChartFrame>
      <ChartFrame
        title="意见反馈（按状态）"
        table={{ columns: ['状态', '条数'], rows: byStatus.map((b) => ({ key: b.key, cells: [b.label, b.value] })) }}
      >
        <BarChart title="意见反馈（按状态）" bars={byStatus} />
      </ChartFrame>
    </>
  );
}
