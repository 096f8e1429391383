import { adjacentPeriod, periodOf, type Period, type PeriodKind } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { Tabs } from '../../components/tabs';
import { Button } from '../../components/ui';

const KINDS: { key: PeriodKind; label: string }[] = [
  { key: 'month', label: '月' },
  { key: 'quarter', label: '季度' },
  { key: 'year', label: '年' },
];

/** 月 / 季度 / 年, and the one before or after; never past the one that holds today. */
export function PeriodSwitcher({ period, onChange, now = Date.now() }: { period: Period; onChange(period: Period): void; now?: number }) {
  const next = adjacentPeriod(period, 1);
  return (
    <View className="sb-card results-period">
      <Tabs items={KINDS} value={period.kind} onChange={(kind) => onChange(periodOf(Math.min(period.startsAt, now), kind))} label="时段" />
      <View className="sb-row">
        <Button size="small" type="default" aria-label="上一期" onClick={() => onChange(adjacentPeriod(period, -1))}>
          ‹ 上一期
        </Button>
        <Text className="results-period__label">{period.label}</Text>
        <Button size="small" type="default" aria-label="下一期" disabled={next.startsAt > now} onClick={() => onChange(next)}>
          下一期 ›
        </Button>
      </View>
    </View>
  );
}
