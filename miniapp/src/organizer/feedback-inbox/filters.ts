import {
  FEEDBACK_CATEGORIES,
  FEEDBACK_CATEGORY_LABELS,
  FEEDBACK_STATUSES,
  FEEDBACK_STATUS_LABELS,
  type endpoints,
  type FeedbackCategory,
  type FeedbackStatus,
  type QueryOf,
} from '@sitebranch/shared';

export interface InboxFilters {
  status: FeedbackStatus | 'all';
  category: FeedbackCategory | 'all';
  overdueOnly: boolean;
}

export const NO_FILTERS: InboxFilters = { status: 'all', category: 'all', overdueOnly: false };

export const STATUS_TABS = [
  { key: 'all' as const, label: '全部' },
  ...FEEDBACK_STATUSES.map((key) => ({ key, label: FEEDBACK_STATUS_LABELS[key] })),
];
export const CATEGORY_CHIPS = [
  { key: 'all' as const, label: '全部类别' },
  ...FEEDBACK_CATEGORIES.map((key) => ({ key, label: FEEDBACK_CATEGORY_LABELS[key] })),
];

/** The query of `GET /api/branches/{id}/feedback`: only the filters in use. */
export function inboxQuery(filters: InboxFilters): QueryOf<typeof endpoints.listFeedback> {
  return {
    ...(filters.status !== 'all' ? { status: filters.status } : {}),
    ...(filters.category !== 'all' ? { category: filters.category } : {}),
    ...(filters.overdueOnly ? { overdue: '1' as const } : {}),
  };
}

/** The empty list's title, saying which filters found nothing. */
export function emptyTitle(filters: InboxFilters): string {
  if (filters.overdueOnly) return '没有超期的反馈';
  if (filters.status !== 'all' || filters.category !== 'all') return '没有符合条件的反馈';
  return '还没有收到反馈';
}
