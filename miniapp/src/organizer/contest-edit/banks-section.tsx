import { Text, View } from '@tarojs/components';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import type { RequestState } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import { usableBanks, type Bank, type OwnerChoice } from '../question-banks/owners';
import { Choice } from './choice';
import type { SectionProps } from './contest-form';

export interface BanksSectionProps extends SectionProps {
  owners: OwnerChoice[];
  ownerIndex: number;
  onOwner(index: number): void;
  banks: RequestState<{ banks: Bank[] }>;
}

/** Who the contest is for (the branch, or a whole region for its admins) and the banks it draws from. */
export function BanksSection({ form, set, errors, owners, ownerIndex, onOwner, banks }: BanksSectionProps) {
  const owner = owners[ownerIndex]!;
  const usable = usableBanks(banks.data?.banks ?? [], owner);
  const chosen = usable.filter((bank) => form.bankIds.includes(bank.id));
  const toggle = (id: string) => set('bankIds', form.bankIds.includes(id) ? form.bankIds.filter((b) => b !== id) : [...form.bankIds, id]);
  const ownerKeys = owners.map((_, i) => String(i));

  return (
    <View className="sb-card contest-section">
      {owners.length > 1 && (
        <Choice
          label="竞赛面向"
          options={ownerKeys}
          labels={Object.fromEntries(owners.map((o, i) => [String(i), o.kind === 'branch' ? `${o.label}（本支部）` : o.label]))}
          value={String(ownerIndex)}
          onChange={(key) => onOwner(Number(key))}
        />
      )}
      <View className="sb-field">
        <Text className="sb-field__label">从哪些题库抽题（可多选）</Text>
        <StateView
          loading={banks.loading && !banks.data}
          error={banks.data ? null : banks.error}
          onRetry={() => void banks.reload()}
          empty={usable.length === 0}
          emptyTitle="没有可用的题库"
          emptyHint="先到“题库”新建题库并导入题目。"
          emptyAction={<Button onClick={() => openPage(PAGES.banks)}>去题库</Button>}
        >
          <View role="group" aria-label="抽题的题库">
            {usable.map((bank) => {
              const on = form.bankIds.includes(bank.id);
              return (
                <View
                  key={bank.id}
                  className="contest-bank"
                  role="checkbox"
                  aria-checked={on}
                  aria-label={`${bank.name}，${bank.owner.name}，${bank.activeCount} 道题`}
                  onClick={() => toggle(bank.id)}
                >
                  <View className={on ? 'contest-bank__box contest-bank__box--on' : 'contest-bank__box'}>{on ? '✓' : ''}</View>
                  <View className="contest-bank__text">
                    <Text>{bank.name}</Text>
                    <Text className="sb-muted">
                      {bank.owner.name} · 启用 {bank.activeCount} 道
                    </Text>
                  </View>
                </View>
              );
            })}
          </View>
          <Text className="sb-muted">
            已选 {chosen.length} 个题库，共 {chosen.reduce((sum, bank) => sum + bank.activeCount, 0)} 道启用的题
          </Text>
        </StateView>
        {errors.bankIds && <Text className="sb-field__error">{errors.bankIds}</Text>}
      </View>
    </View>
  );
}
