import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import { useAppState } from '../../state/app-state';
import { CreateBank } from './create-bank';
import { ownerChoices, type Bank } from './owners';
import './index.css';
import { routes } from '../../api/routes';

function BankRow({ bank }: { bank: Bank }) {
  const owner = `${bank.owner.name}${bank.owner.kind === 'region' ? ' · 区域题库' : ''}`;
  const access = bank.canEdit ? '可编辑' : '只读';
  return (
    <View
      className="sb-list-item"
      role="button"
      aria-label={`${bank.name}，${owner}，${bank.activeCount} 道题，${access}`}
      onClick={() => openPage(`${PAGES.bank}?id=${bank.id}`)}
    >
      <View className="banks__text">
        <Text className="banks__name">{bank.name}</Text>
        <Text className="sb-muted">
          {owner} · 启用 {bank.activeCount} 道题
        </Text>
      </View>
      <Text className={bank.canEdit ? 'banks__access banks__access--edit' : 'banks__access'}>{access}</Text>
    </View>
  );
}

/** What “只读” means for this person: region banks for branch organizers, branch banks for a region admin. */
function readOnlyHint(banks: Bank[]): string {
  const readOnly = banks.filter((b) => !b.canEdit);
  const region = readOnly.some((b) => b.owner.kind === 'region');
  const branch = readOnly.some((b) => b.owner.kind === 'branch');
  if (region && branch) return '只读的题库由区域或其他支部管理：您不能修改，也看不到答案。';
  if (branch) return '只读的是各支部自己的题库：由支部管理，您可以查看题目，看不到答案。';
  return '只读的是区域题库：本支部不能修改，也看不到答案，但可以在竞赛中抽题。';
}

function Banks() {
  const { me, currentMembership } = useAppState();
  const owners = ownerChoices(me, currentMembership);
  const loaded = useRequest(() => api(routes.listBanks, {}, { toast: false }), []);
  // Coming back from a bank after an import: its count has changed.
  useDidShow(() => void (loaded.data && loaded.reload()));
  const banks = loaded.data?.banks ?? [];

  if (owners.length === 0) return <StateView empty emptyTitle="只有支委、书记和区域管理员可以管理题库" />;
  return (
    <View>
      <Text className="sb-section-title">题库</Text>
      <View className="sb-card banks__list">
        <StateView
          loading={loaded.loading && !loaded.data}
          error={loaded.data ? null : loaded.error}
          onRetry={() => void loaded.reload()}
          empty={banks.length === 0}
          emptyTitle="还没有题库"
          emptyHint="在下面新建一个，再导入题目。"
        >
          {banks.map((bank) => (
            <BankRow key={bank.id} bank={bank} />
          ))}
        </StateView>
      </View>
      {banks.some((b) => !b.canEdit) && <Text className="sb-muted banks__hint">{readOnlyHint(banks)}</Text>}
      <CreateBank owners={owners} onCreated={(bank) => openPage(`${PAGES.bank}?id=${bank.id}`)} />
      <View className="sb-actions">
        <Button type="primary" fill="outline" onClick={() => openPage(PAGES.contestEdit)}>
          新建竞赛
        </Button>
      </View>
    </View>
  );
}

/** 题库: the banks an organizer can use, a new one for the branch (or the region), and the way to a new contest. */
export default function BanksPage() {
  return (
    <PageShell>
      <Banks />
    </PageShell>
  );
}
