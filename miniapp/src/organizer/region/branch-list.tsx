import { BRANCH_KIND_LABELS, cstDate, DAY_MS, type RegionBranch } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import { useState } from 'react';
import { api } from '../../api/client';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { AppointSecretary } from './appoint-secretary';
import { CreateBranch } from './create-branch';
import { routes } from '../../api/routes';

/** 最近活动: the date, and a warning when the branch has not met for a month. */
function LastActivity({ at, now }: { at: number | null; now: number }) {
  if (at === null) return <Text className="results-table__missing">还没有开展活动</Text>;
  const stale = now - at > 30 * DAY_MS;
  return (
    <Text className={stale ? 'results-table__missing' : 'sb-muted'}>
      最近活动 {cstDate(at)}
      {stale ? '（超过 30 天）' : ''}
    </Text>
  );
}

/** 支部: the region's branches with their secretaries, size and last activity; new branches and secretaries are made here. */
export function BranchList({ regionId }: { regionId: string }) {
  const loaded = useRequest(() => api(routes.listRegionBranches, { params: { id: regionId } }, { toast: false }), [regionId]);
  const [creating, setCreating] = useState(false);
  const [appointing, setAppointing] = useState<string | null>(null);
  const branches = loaded.data?.branches ?? [];
  const chosen = branches.find((b) => b.id === appointing);
  const now = Date.now();

  const done = () => {
    setAppointing(null);
    void loaded.reload();
  };

  return (
    <View>
      {creating ? (
        <CreateBranch
          regionId={regionId}
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            setAppointing(id);
            void loaded.reload();
          }}
        />
      ) : (
        !chosen && (
          <View className="sb-actions">
            <Button type="primary" onClick={() => setCreating(true)}>
              新建支部
            </Button>
          </View>
        )
      )}
      {chosen && <AppointSecretary regionId={regionId} branch={chosen} onDone={done} />}
      <StateView
        loading={loaded.loading && !loaded.data}
        error={loaded.data ? null : loaded.error}
        onRetry={() => void loaded.reload()}
        empty={branches.length === 0}
        emptyTitle="区域内还没有支部"
        emptyHint="点“新建支部”建立第一个工地或社区支部，再任命它的书记。"
      >
        <View className="sb-card region-branches" aria-label="区域内的支部">
          {branches.map((b: RegionBranch) => (
            <View key={b.id} className="sb-list-item region-branch">
              <View className="results-table__name">
                <Text className="region-branch__name">{b.name}</Text>
                <Text className="sb-muted">
                  {BRANCH_KIND_LABELS[b.kind]} · {b.memberCount} 人 · 书记：
                  {b.secretaries.map((s) => s.name ?? '未填姓名').join('、') || '未任命'}
                </Text>
                <LastActivity at={b.lastActivityAt} now={now} />
              </View>
              <Button
                size="small"
                type={b.secretaries.length ? 'default' : 'primary'}
                aria-label={`${b.secretaries.length ? '更换' : '任命'}书记：${b.name}`}
                onClick={() => setAppointing(b.id)}
              >
                {b.secretaries.length ? '更换书记' : '任命书记'}
              </Button>
            </View>
          ))}
        </View>
      </StateView>
    </View>
  );
}
