import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import { useAppState } from '../../state/app-state';
import { ownerChoices, usableBanks, type OwnerChoice } from '../question-banks/owners';
import { BanksSection } from './banks-section';
import { BasicsSection } from './basics-section';
import { ContestChanger } from './contest-changer';
import { defaultContestForm, toContestBody, type ContestForm, type SetField } from './contest-form';
import { DrawSection } from './draw-section';
import { RulesSection } from './rules-section';
import { SaveBar } from './save-bar';
import './index.css';
import { routes } from '../../api/routes';

function ContestEditor({ owners }: { owners: OwnerChoice[] }) {
  const [form, setForm] = useState<ContestForm>(() => defaultContestForm());
  const [ownerIndex, setOwnerIndex] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const banks = useRequest(() => api(routes.listBanks, {}, { toast: false }), []);
  const set: SetField = (key, value) => setForm((f) => ({ ...f, [key]: value }));
  const owner = owners[ownerIndex]!;

  /** A region contest cannot use a branch's banks: drop those chosen for the branch. */
  function chooseOwner(index: number) {
    const usable = new Set(usableBanks(banks.data?.banks ?? [], owners[index]!).map((b) => b.id));
    setOwnerIndex(index);
    setForm((f) => ({ ...f, bankIds: f.bankIds.filter((id) => usable.has(id)) }));
  }

  async function save() {
    setSaving(true);
    setErrors({});
    try {
      await api(routes.createContest, { body: toContestBody(form, owner) }, { toast: false });
      void Taro.showToast({ title: '竞赛已创建', icon: 'success' });
      openPage(PAGES.contest);
    } catch (e) {
      const error = e as ApiRequestError;
      // The form is long: the fields say what is wrong where, the message under the button says so too.
      setErrors({ ...error.fields, _: error.message });
    } finally {
      setSaving(false);
    }
  }

  const sectionProps = { form, set, errors };
  return (
    <View>
      <BasicsSection {...sectionProps} />
      <BanksSection {...sectionProps} owners={owners} ownerIndex={ownerIndex} onOwner={chooseOwner} banks={banks} />
      <DrawSection {...sectionProps} />
      <RulesSection {...sectionProps} />
      <SaveBar error={errors._} saving={saving} label="创建竞赛" onSave={() => void save()} />
    </View>
  );
}

/** 新建竞赛: for the branch on screen, or (region admins) for every branch of a region; with `?id=`, 修改竞赛. */
export default function ContestEditPage() {
  const { me, currentMembership } = useAppState();
  const { params } = useRouter();
  const owners = ownerChoices(me, currentMembership);
  useEffect(() => {
    if (params.id) void Taro.setNavigationBarTitle({ title: '修改竞赛' });
  }, [params.id]);
  if (params.id) {
    return (
      <PageShell>
        <ContestChanger contestId={params.id} onSaved={() => openPage(PAGES.contest)} />
      </PageShell>
    );
  }
  return (
    <PageShell>
      {owners.length > 0 ? <ContestEditor owners={owners} /> : <StateView empty emptyTitle="只有支委、书记和区域管理员可以创建竞赛" />}
    </PageShell>
  );
}
