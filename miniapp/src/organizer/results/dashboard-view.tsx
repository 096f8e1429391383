import { BRANCH_ROLE_LABELS, BRANCH_ROLES, EVENT_KIND_LABELS, formatCst, type BranchDashboard, type EventKind } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { rateText } from '../../results/rate-text';
import { AttendanceByMonth, EventsByKind, FeedbackCharts } from './dashboard-charts';

const kindLabel = (kind: string) => EVENT_KIND_LABELS[kind as EventKind] ?? kind;

/** 出勤: the period's totals, then each event as a row of its figures. */
function Attendance({ attendance }: { attendance: BranchDashboard['attendance'] }) {
  const t = attendance.totals;
  return (
    <View className="sb-card results-block">
      <Text className="results-block__title">出勤 · 出勤率 {rateText(t.rate)}</Text>
      <Text className="sb-muted">
        应到 {t.expected} 人次，实到 {t.present}（迟到 {t.late}、离线 {t.offline}、代签 {t.roster}、补签 {t.makeup}），请假 {t.onLeave}
        ，缺勤 {t.absent}
        {t.pending ? `，离线待确认 ${t.pending}` : ''}
      </Text>
      <View className="results-table" role="table" aria-label="各次活动出勤">
        <View className="results-table__row results-table__head" role="row">
          <View role="columnheader">活动</View>
          <View role="columnheader">应到</View>
          <View role="columnheader">实到</View>
          <View role="columnheader">请假</View>
          <View role="columnheader">出勤率</View>
        </View>
        {attendance.events.map((e) => (
          <View key={e.id} className="results-table__row" role="row">
            <View role="rowheader" className="results-table__name">
              <Text>{e.title}</Text>
              <Text className="sb-muted">
                {formatCst(e.startsAt).slice(5, 10)} · {kindLabel(e.kind)}
              </Text>
            </View>
            <View role="cell">{e.expected}</View>
            <View role="cell">{e.present}</View>
            <View role="cell">{e.onLeave}</View>
            <View role="cell">{rateText(e.rate)}</View>
          </View>
        ))}
      </View>
    </View>
  );
}

/** 多次缺勤: who missed two or more of the events they were expected at. */
function Absentees({ people }: { people: BranchDashboard['frequentAbsentees'] }) {
  return (
    <View className="sb-card results-block" aria-label="多次缺勤">
      <Text className="results-block__title">多次缺勤（2 次及以上）</Text>
      {people.length === 0 ? (
        <Text className="sb-muted">没有人缺勤 2 次及以上</Text>
      ) : (
        people.map((p) => (
          <View key={p.userId} className="sb-row results-absentee">
            <Text>
              {p.name ?? '未填姓名'}
              {p.workTeam ? ` · ${p.workTeam}` : ''}
            </Text>
            <Text className="results-table__missing">
              缺 {p.missed}/{p.expected} 次
            </Text>
          </View>
        ))
      )}
    </View>
  );
}

/** 知识竞赛: each contest open in the period, with this branch's participation and average. */
function Contests({ contests }: { contests: BranchDashboard['contests'] }) {
  return (
    <View className="sb-card results-block" aria-label="知识竞赛">
      <Text className="results-block__title">知识竞赛</Text>
      {contests.length === 0 ? (
        <Text className="sb-muted">本时段没有进行的竞赛</Text>
      ) : (
        contests.map((c) => (
          <View key={c.id} className="results-absentee">
            <Text>
              {c.title}
              {c.scope === 'region' ? '（全区域）' : ''}
            </Text>
            <Text className="sb-muted">
              参加 {c.participants} 人（参与率 {rateText(c.participationRate)}），平均 {c.averageScore ?? '—'} / {c.maxScore} 分
            </Text>
          </View>
        ))
      )}
    </View>
  );
}

/** 意见反馈: received, resolved in time, satisfaction, and what is overdue now. */
function Feedback({ feedback: f }: { feedback: BranchDashboard['feedback'] }) {
  return (
    <View className="sb-card results-block" aria-label="意见反馈">
      <Text className="results-block__title">意见反馈 {f.received} 条</Text>
      <Text className="sb-muted">
        已解决 {f.resolved} 条，按时办结率 {rateText(f.inTimeRate)}；评价 {f.rated} 条，满意率 {rateText(f.satisfactionRate)}
      </Text>
      <Text className={f.overdueNow ? 'results-table__missing' : 'sb-muted'}>
        {f.overdueNow ? `现有 ${f.overdueNow} 条已超期未办结` : '目前没有超期的反馈'}
      </Text>
    </View>
  );
}

/** 成员 and 活动: who is in the branch, and what was held by kind. */
function Members({ dashboard }: { dashboard: BranchDashboard }) {
  const { members, events } = dashboard;
  return (
    <View className="sb-card results-block">
      <Text className="results-block__title">成员 {members.total} 人</Text>
      <Text className="sb-muted">{BRANCH_ROLES.map((r) => `${BRANCH_ROLE_LABELS[r]} ${members.byRole[r]}`).join(' · ')}</Text>
      <Text className="sb-muted">{members.byTeam.map((t) => `${t.team ?? '未分班组'} ${t.count}`).join(' · ')}</Text>
      <Text className="results-block__title">已开展活动 {events.held} 次</Text>
      <Text className="sb-muted">
        {events.byKind.map((k) => `${kindLabel(k.kind)} ${k.count}`).join(' · ') || '本时段没有已结束的活动'}
      </Text>
    </View>
  );
}

/** The branch dashboard of a period. */
export function DashboardView({ dashboard }: { dashboard: BranchDashboard }) {
  return (
    <View>
      <AttendanceByMonth attendance={dashboard.attendance} />
      <Attendance attendance={dashboard.attendance} />
      <Absentees people={dashboard.frequentAbsentees} />
      <Contests contests={dashboard.contests} />
      <Feedback feedback={dashboard.feedback} />
      <FeedbackCharts feedback={dashboard.feedback} />
      <Members dashboard={dashboard} />
      <EventsByKind byKind={dashboard.events.byKind} />
    </View>
  );
}
