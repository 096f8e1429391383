import { COMPLIANCE_PER_LABELS, EVENT_KIND_LABELS, UNIT_STATE_LABELS, type ResponseOf, type endpoints } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';

type Compliance = ResponseOf<typeof endpoints.getCompliance>;

/** 三会一课 as a table: each meeting's target, then due / held / missing / still to come, and each span's state. */
export function ComplianceTable({ data }: { data: Compliance }) {
  return (
    <View className="sb-card results-table" role="table" aria-label={`三会一课完成情况：${data.period.label}`}>
      <View className="results-table__row results-table__head" role="row">
        <View role="columnheader">会议</View>
        <View role="columnheader">应开</View>
        <View role="columnheader">已开</View>
        <View role="columnheader">缺开</View>
        <View role="columnheader">待开</View>
      </View>
      {data.rows.map((row) => (
        <View key={row.kind} role="rowgroup">
          <View className="results-table__row" role="row">
            <View role="rowheader" className="results-table__name">
              <Text>{EVENT_KIND_LABELS[row.kind]}</Text>
              <Text className="sb-muted">
                {COMPLIANCE_PER_LABELS[row.target.per]} {row.target.times} 次
              </Text>
            </View>
            <View role="cell">{row.due}</View>
            <View role="cell">{row.held}</View>
            <View role="cell" className={row.missing ? 'results-table__missing' : undefined}>
              {row.missing}
            </View>
            <View role="cell">{row.toCome}</View>
          </View>
          <View role="row" className="results-table__units">
            <View role="cell" className="sb-muted">
              {row.units
                .map(
                  (u) => `${u.label}：${UNIT_STATE_LABELS[u.state]}（${u.held}/${u.due}${u.scheduled ? `，已安排 ${u.scheduled}` : ''}）`,
                )
                .join('；') || '本时段支部尚未成立'}
            </View>
          </View>
        </View>
      ))}
    </View>
  );
}
