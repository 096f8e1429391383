import { FEEDBACK_CATEGORY_LABELS, FEEDBACK_STATUS_LABELS, formatCst } from '@sitebranch/shared';
import { currentDeadline, deadlineText, preview, type FeedbackSummary } from '../../feedback/labels';
import { Text, View } from '@tarojs/components';
import { stopPullDownRefresh, useDidShow, usePullDownRefresh } from '@tarojs/taro';
import { useState } from 'react';
import { DataTable, type DataTableColumn } from '../../components/data-table';
import { StateView } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { Toggle } from '../../components/toggle';
import { Chips } from '../../feedback/chips';
import { FeedbackRow } from '../../feedback/feedback-row';
import { useDesktop } from '../../hooks/use-desktop';
import { useRequest } from '../../hooks/use-request';
import { openPage, PAGES } from '../../nav';
import { CATEGORY_CHIPS, emptyTitle, NO_FILTERS, STATUS_TABS, type InboxFilters } from './filters';
import './index.css';

interface FeedbackListProps {
  /** Loads the list for these filters (the request is made again when they or `scope` change). */
  load(filters: InboxFilters): Promise<{ feedback: FeedbackSummary[] }>;
  /** What the list is of: a branch id or a region id. */
  scope: string;
  /** Category chips: off where every item has the same category. */
  categories?: boolean;
  /** Each row names its branch: for lists across the branches of a region. */
  showBranch?: boolean;
}

const open = (item: FeedbackSummary) => openPage(`${PAGES.feedbackDetail}?id=${item.id}`);

/** The inbox as a table on a computer: sortable by any column, searchable by any word. */
function inboxColumns(showBranch: boolean): DataTableColumn<FeedbackSummary>[] {
  const columns: DataTableColumn<FeedbackSummary>[] = [
    { key: 'category', label: '类别', value: (f) => FEEDBACK_CATEGORY_LABELS[f.category] },
    {
      key: 'status',
      label: '状态',
      value: (f) => FEEDBACK_STATUS_LABELS[f.status],
      render: (f) => <Text className={`fb-status fb-status--${f.status}`}>{FEEDBACK_STATUS_LABELS[f.status]}</Text>,
    },
    { key: 'text', label: '内容', value: (f) => f.text, render: (f) => preview(f.text, 40), sortable: false, wrap: true },
    { key: 'submitter', label: '提交人', value: (f) => f.submitterName ?? '匿名' },
    { key: 'createdAt', label: '提交时间', value: (f) => f.createdAt, render: (f) => formatCst(f.createdAt), numeric: true },
    {
      key: 'deadline',
      label: '时限',
      value: (f) => currentDeadline(f)?.at ?? null,
      render: (f) => {
        const deadline = currentDeadline(f);
        return deadline ? <Text className={deadline.overdue ? 'fb-overdue' : undefined}>{deadlineText(deadline)}</Text> : '—';
      },
    },
    { key: 'photos', label: '照片', value: (f) => f.photoCount, numeric: true },
  ];
  if (showBranch) columns.unshift({ key: 'branch', label: '支部', value: (f) => f.branchName });
  return columns;
}

/** Feedback to handle, overdue first, filtered by status, category and 超期; opens each one's detail. */
export function FeedbackList({ load, scope, categories = true, showBranch = false }: FeedbackListProps) {
  const [filters, setFilters] = useState<InboxFilters>(NO_FILTERS);
  const loaded = useRequest(() => load(filters), [scope, filters.status, filters.category, filters.overdueOnly]);
  // Back from handling one: its status and the order have changed.
  useDidShow(() => void (loaded.data && loaded.reload()));
  usePullDownRefresh(() => void loaded.reload().finally(() => stopPullDownRefresh()));
  const desktop = useDesktop();
  const list = loaded.data?.feedback;
  const overdue = list?.filter((f) => f.overdue).length ?? 0;

  return (
    <View>
      <View className="feedback-inbox__tabs">
        <Tabs items={STATUS_TABS} value={filters.status} onChange={(status) => setFilters({ ...filters, status })} label="按状态筛选" />
      </View>
      {categories && (
        <Chips
          label="类别"
          options={CATEGORY_CHIPS}
          value={filters.category}
          onChange={(category) => setFilters({ ...filters, category })}
        />
      )}
      <View className="sb-field">
        <View className="sb-row">
          <Text>只看超期</Text>
          <Toggle checked={filters.overdueOnly} label="只看超期" onChange={(overdueOnly) => setFilters({ ...filters, overdueOnly })} />
        </View>
      </View>
      <StateView
        loading={loaded.loading && !list}
        error={list ? null : loaded.error}
        onRetry={() => void loaded.reload()}
        empty={list?.length === 0}
        emptyTitle={emptyTitle(filters)}
      >
        <Text className="sb-muted feedback-inbox__count">
          共 {list?.length ?? 0} 条{overdue ? `，其中 ${overdue} 条已超期（排在前面）` : ''}
        </Text>
        {desktop && list ? (
          <DataTable
            rowHeader="text"
            caption="意见反馈"
            columns={inboxColumns(showBranch)}
            rows={list}
            rowKey={(f) => f.id}
            actions={(f) => (
              <button type="button" className="sb-table__link" onClick={() => open(f)}>
                查看
              </button>
            )}
          />
        ) : (
          <View className="sb-card feedback-inbox__list">
            {list?.map((item) => (
              <FeedbackRow key={item.id} item={item} showSubmitter showBranch={showBranch} onOpen={() => open(item)} />
            ))}
          </View>
        )}
      </StateView>
    </View>
  );
}
