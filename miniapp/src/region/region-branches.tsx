import { Picker, Text, View } from '@tarojs/components';
import { useState, type ReactNode } from 'react';
import { api } from '../api/client';
import { StateView } from '../components/state-view';
import { useRequest } from '../hooks/use-request';
import { useAppState } from '../state/app-state';
import { routes } from '../api/routes';

/**
 * For a region admin who belongs to no branch: the branches of the region they administer, one
 * chosen at a time, so that the tabs show what they oversee instead of “加入支部后才能…”.
 */
export function RegionBranches({
  children,
  hint = '查看各支部',
}: {
  children(branchId: string, branchName: string): ReactNode;
  hint?: string;
}) {
  const { me } = useAppState();
  const region = me?.adminRegions[0];
  const loaded = useRequest(
    () => api(routes.listRegionBranches, { params: { id: region?.regionId ?? '' } }, { toast: false }),
    [region?.regionId],
  );
  const [index, setIndex] = useState(0);
  const branches = loaded.data?.branches ?? [];
  const chosen = branches[Math.min(index, branches.length - 1)];
  return (
    <StateView
      loading={loaded.loading && !loaded.data}
      error={loaded.data ? null : loaded.error}
      onRetry={() => void loaded.reload()}
      empty={branches.length === 0}
      emptyTitle="区域内还没有支部"
    >
      {chosen && (
        <View>
          <View className="sb-card">
            <Text className="sb-muted">
              区域管理 · {region?.regionName}：{hint}
            </Text>
            <Picker mode="selector" range={branches.map((b) => b.name)} value={index} onChange={(e) => setIndex(Number(e.detail.value))}>
              <View className="sb-field__input sb-row" role="button" aria-label={`选择支部：${chosen.name}`}>
                <Text>{chosen.name}</Text>
                <Text className="sb-muted">切换 ›</Text>
              </View>
            </Picker>
          </View>
          {children(chosen.id, chosen.name)}
        </View>
      )}
    </StateView>
  );
}
