import type { RegionDashboard } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { rateText } from '../../results/rate-text';
import { EventsByKind } from '../results/dashboard-charts';

/** One figure with its label, large enough to read at a glance. */
function Figure({ label, value, hint }: { label: string; value: string | number; hint?: string }) {
  return (
    <View className="region-figure">
      <Text className="region-figure__value">{value}</Text>
      <Text className="region-figure__label">{label}</Text>
      {hint && <Text className="sb-muted">{hint}</Text>}
    </View>
  );
}

/** 概况: the region's figures for the period, each a sum over the branches with their average beside it. */
export function RegionOverview({ data }: { data: RegionDashboard }) {
  const { branches, attendance: a, compliance: c, feedback: f } = data;
  return (
    <View>
      <View className="sb-card region-figures" aria-label="区域概况">
        <Figure label="支部" value={branches.total} hint={`工地 ${branches.site} · 社区 ${branches.community}`} />
        <Figure label="本期有活动" value={`${branches.active}/${branches.total}`} />
        <Figure label="成员" value={data.members} />
        <Figure label="开展活动" value={data.events.held} />
      </View>
      <View className="sb-card results-block">
        <Text className="results-block__title">出勤 · 出勤率 {rateText(a.rate)}</Text>
        <Text className="sb-muted">
          应到 {a.expected} 人次，实到 {a.present}，请假 {a.onLeave}，缺勤 {a.absent}；各支部出勤率平均 {rateText(a.branchAverage)}
        </Text>
      </View>
      <View className="sb-card results-block">
        <Text className="results-block__title">三会一课 · 完成率 {rateText(c.rate)}</Text>
        <Text className="sb-muted">
          应开 {c.due} 次，已开 {c.held}，缺开 {c.missing}，待开 {c.toCome}；{c.branchesMissing} 个支部有缺开，各支部完成率平均{' '}
          {rateText(c.branchAverage)}
        </Text>
      </View>
      <View className="sb-card results-block">
        <Text className="results-block__title">意见反馈 · 按时办结 {rateText(f.inTimeRate)}</Text>
        <Text className="sb-muted">
          收到 {f.received} 条，办结 {f.resolved}（按时 {f.resolvedInTime}），满意率 {rateText(f.satisfactionRate)}
        </Text>
        {f.overdueNow > 0 && <Text className="results-table__missing">当前超时未办 {f.overdueNow} 条</Text>}
      </View>
      <EventsByKind byKind={data.events.byKind} />
      <View className="sb-card results-block" aria-label="全区域竞赛">
        <Text className="results-block__title">全区域竞赛</Text>
        {data.contests.length === 0 ? (
          <Text className="sb-muted">本时段没有进行的全区域竞赛</Text>
        ) : (
          data.contests.map((k) => (
            <View key={k.id} className="results-absentee">
              <Text>{k.title}</Text>
              <Text className="sb-muted">
                {k.participants} 人参加（{rateText(k.participationRate)}），{k.branchesTakingPart} 个支部，平均 {k.averageScore ?? '—'}/
                {k.maxScore} 分
              </Text>
            </View>
          ))
        )}
      </View>
    </View>
  );
}
