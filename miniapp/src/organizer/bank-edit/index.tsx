import type { Question } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import type { Bank as BankInfo } from '../question-banks/owners';
import { ImportPanel } from './import-panel';
import { TextImport } from './text-import';
import { QuestionEditor } from './question-editor';
import { QuestionList } from './question-list';
import './index.css';
import { routes } from '../../api/routes';

function BankHeader({ bank }: { bank: BankInfo }) {
  return (
    <View className="sb-card bank__header">
      <Text className="bank__name">{bank.name}</Text>
      <Text className="sb-muted">
        {bank.owner.name}
        {bank.owner.kind === 'region' ? ' · 区域题库' : ''} · 启用 {bank.activeCount} 道题
      </Text>
      {!bank.canEdit && <Text className="sb-muted">只读：可以查看题目、在竞赛中抽题，不能修改。</Text>}
    </View>
  );
}

function Bank({ bankId }: { bankId: string }) {
  // The bank's name and whether the caller may edit it come with the list of banks (there is no GET for one).
  const banks = useRequest(() => api(routes.listBanks, {}, { toast: false }), []);
  const bank = banks.data?.banks.find((b) => b.id === bankId);
  /** The question in the editor: one being changed, `new`, or none (the list shows). */
  const [editing, setEditing] = useState<Question | 'new' | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => void (bank && Taro.setNavigationBarTitle({ title: bank.name })), [bank]);

  function changed() {
    setVersion((v) => v + 1);
    void banks.reload();
  }

  function edit(question: Question | 'new' | null) {
    setEditing(question);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  }

  return (
    <StateView
      loading={banks.loading && !banks.data}
      error={banks.data ? null : banks.error}
      onRetry={() => void banks.reload()}
      empty={!bank}
      emptyTitle="题库不存在，或您没有权限查看"
    >
      {bank && editing !== null && (
        <QuestionEditor
          bankId={bank.id}
          question={editing === 'new' ? null : editing}
          onCancel={() => edit(null)}
          onSaved={() => {
            changed();
            edit(null);
          }}
        />
      )}
      {/* Hidden rather than unmounted while editing, so the search and page are kept. */}
      {bank && (
        <View className={editing === null ? undefined : 'bank__hidden'}>
          <BankHeader bank={bank} />
          {bank.canEdit && (
            <>
              <ImportPanel bankId={bank.id} onImported={changed} />
              <TextImport bankId={bank.id} onImported={changed} />
              <View className="sb-actions">
                <Button type="primary" fill="outline" onClick={() => edit('new')}>
                  添加一道题
                </Button>
              </View>
            </>
          )}
          <QuestionList bank={bank} version={version} onEdit={edit} onChanged={changed} />
        </View>
      )}
    </StateView>
  );
}

/** One question bank: its questions, and for those who may edit it, adding, changing, retiring and importing them. */
export default function BankPage() {
  const { params } = useRouter();
  return <PageShell>{params.id ? <Bank bankId={params.id} /> : <StateView empty emptyTitle="没有指定题库" />}</PageShell>;
}
