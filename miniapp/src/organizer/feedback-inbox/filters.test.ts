import { describe, expect, it } from 'vitest';
import { CATEGORY_CHIPS, emptyTitle, inboxQuery, NO_FILTERS, STATUS_TABS } from './filters';

describe('inbox filters', () => {
  it('offers 全部 and the five statuses, 全部类别 and the six categories', () => {
    expect(STATUS_TABS.map((t) => t.label)).toEqual(['全部', '已提交', '已受理', '处理中', '已解决', '不予受理']);
    expect(CATEGORY_CHIPS.map((t) => t.label)).toEqual(['全部类别', '建议', '诉求', '安全隐患', '廉政监督', '表扬', '其他']);
  });

  it('sends only the filters in use', () => {
    expect(inboxQuery(NO_FILTERS)).toEqual({});
    expect(inboxQuery({ status: 'submitted', category: 'hazard', overdueOnly: true })).toEqual({
      status: 'submitted',
      category: 'hazard',
      overdue: '1',
    });
  });

  it('says why the list is empty', () => {
    expect(emptyTitle(NO_FILTERS)).toBe('还没有收到反馈');
    expect(emptyTitle({ ...NO_FILTERS, category: 'praise' })).toBe('没有符合条件的反馈');
    expect(emptyTitle({ ...NO_FILTERS, overdueOnly: true })).toBe('没有超期的反馈');
  });
});
