import { DIFFICULTY_LABELS, formatCst, QUESTION_TYPE_LABELS, type Question } from '@sitebranch/shared';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import { DataTable, type DataTableColumn } from '../../components/data-table';
import { Tabs, type TabItem } from '../../components/tabs';
import { useLabelledNativeInput } from '../../components/inner-attribute';
import { StateView } from '../../components/state-view';
import { Button } from '../../components/ui';
import { useDesktop } from '../../hooks/use-desktop';
import { useRequest } from '../../hooks/use-request';
import type { Bank } from '../question-banks/owners';
import { QuestionCard } from './question-card';
import { withStatus } from './question-form';
import { routes } from '../../api/routes';

/** The server's page size for a bank's questions (not part of the contract, so repeated here). */
const PAGE_SIZE = 50;
const STATUS_TABS: TabItem<'active' | 'retired'>[] = [
  { key: 'active', label: '启用中' },
  { key: 'retired', label: '已停用' },
];

/** A page of questions as a table on a computer (the search box above searches the whole bank). */
const QUESTION_COLUMNS: DataTableColumn<Question>[] = [
  { key: 'type', label: '题型', value: (q) => QUESTION_TYPE_LABELS[q.type] },
  { key: 'stem', label: '题干', value: (q) => q.stem, wrap: true },
  { key: 'answer', label: '答案', value: (q) => q.answer ?? '（保密）' },
  { key: 'tags', label: '标签', value: (q) => q.tags.join('、') },
  { key: 'difficulty', label: '难度', value: (q) => DIFFICULTY_LABELS[q.difficulty] },
  { key: 'updatedAt', label: '更新时间', value: (q) => q.updatedAt, render: (q) => formatCst(q.updatedAt), numeric: true },
];

export interface QuestionListProps {
  bank: Bank;
  /** Bumped by the page after an import or a save, to load the list again. */
  version: number;
  onEdit(question: Question): void;
  onChanged(): void;
}

/** The bank's questions: search by stem, 启用/停用, 50 a page; retire or re-enable one in place. */
export function QuestionList({ bank, version, onEdit, onChanged }: QuestionListProps) {
  const [status, setStatus] = useState<Question['status']>('active');
  const [search, setSearch] = useState('');
  const [offset, setOffset] = useState(0);
  const [busyId, setBusyId] = useState<string | null>(null);
  useLabelledNativeInput('bank-search', '搜索题干');
  const list = useRequest(
    () =>
      api(
        routes.listQuestions,
        { params: { id: bank.id }, query: { status, search: search.trim() || undefined, offset: offset ? String(offset) : undefined } },
        { toast: false },
      ),
    [bank.id, status, search, offset, version],
  );
  const questions = list.data?.questions ?? [];
  const total = list.data?.total ?? 0;
  const withheld = list.data?.withheld ?? 0;
  const desktop = useDesktop();

  function goTo(next: number) {
    setOffset(next);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  }

  async function changeStatus(question: Question, next: Question['status']) {
    setBusyId(question.id);
    try {
      await api(routes.updateQuestion, { params: { id: bank.id, questionId: question.id }, body: withStatus(question, next) });
      void Taro.showToast({ title: next === 'retired' ? '已停用' : '已重新启用', icon: 'success' });
      onChanged();
    } catch {
      // Shown by the request module (e.g. re-enabling a stem that is now in the bank twice).
    } finally {
      setBusyId(null);
    }
  }

  return (
    <View>
      <Tabs
        items={STATUS_TABS}
        value={status}
        label="题目状态"
        onChange={(key) => {
          setStatus(key);
          setOffset(0);
        }}
      />
      <View className="sb-field">
        <Input
          id="bank-search"
          className="sb-field__input"
          value={search}
          placeholder="搜索题干"
          confirmType="search"
          onInput={(e) => {
            setSearch(e.detail.value);
            setOffset(0);
          }}
        />
      </View>
      {list.data && !list.data.answersShown && (
        <Text className="sb-card sb-muted">
          答案和解析只有管理本题库的人能看到{withheld > 0 ? `；另有 ${withheld} 道题正用于进行中的竞赛，竞赛结束前保密` : ''}。
        </Text>
      )}
      <StateView
        loading={list.loading && !list.data}
        error={list.error}
        onRetry={() => void list.reload()}
        empty={questions.length === 0}
        emptyTitle={search ? '没有找到这道题' : status === 'active' ? '题库里还没有题目' : '没有停用的题目'}
        emptyHint={!search && status === 'active' && bank.canEdit ? '下载导入模板填好后导入，或逐题添加。' : undefined}
      >
        <Text className="sb-muted bank__count">
          共 {total} 道{total > PAGE_SIZE ? `，第 ${offset + 1}–${Math.min(offset + PAGE_SIZE, total)} 道` : ''}
        </Text>
        {desktop ? (
          <DataTable
            rowHeader="stem"
            caption="题目"
            columns={QUESTION_COLUMNS}
            rows={questions}
            rowKey={(q) => q.id}
            searchable={false}
            actions={
              bank.canEdit
                ? (q) => (
                    <>
                      <button type="button" className="sb-table__link" aria-label={`编辑：${q.stem}`} onClick={() => onEdit(q)}>
                        编辑
                      </button>
                      <button
                        type="button"
                        className="sb-table__link"
                        disabled={busyId === q.id}
                        onClick={() => void changeStatus(q, q.status === 'active' ? 'retired' : 'active')}
                      >
                        {q.status === 'active' ? '停用' : '启用'}
                      </button>
                    </>
                  )
                : undefined
            }
          />
        ) : (
          questions.map((question) => (
            <QuestionCard
              key={question.id}
              question={question}
              busy={busyId === question.id}
              {...(bank.canEdit && {
                onEdit: () => onEdit(question),
                onStatus: (next: Question['status']) => void changeStatus(question, next),
              })}
            />
          ))
        )}
        {total > PAGE_SIZE && (
          <View className="bank__pager">
            <Button
              size="small"
              type="default"
              disabled={offset === 0 || list.loading}
              onClick={() => goTo(Math.max(0, offset - PAGE_SIZE))}
            >
              上一页
            </Button>
            <Button
              size="small"
              type="default"
              disabled={offset + PAGE_SIZE >= total || list.loading}
              onClick={() => goTo(offset + PAGE_SIZE)}
            >
              下一页
            </Button>
          </View>
        )}
      </StateView>
    </View>
  );
}
