/** The attendance list as a table on a computer: by name, 班组, time or way of checking in. */
import { CHECKIN_METHOD_LABELS, formatCst } from '@sitebranch/shared';
import type { DataTableColumn } from '../../components/data-table';
import { details, type Person } from './person-row';

export const PEOPLE_COLUMNS: DataTableColumn<Person>[] = [
  { key: 'name', label: '姓名', value: (p) => p.name ?? '未填写姓名' },
  { key: 'team', label: '班组', value: (p) => p.workTeam ?? '未分班组' },
  {
    key: 'time',
    label: '签到时间',
    value: (p) => p.checkedInAt,
    render: (p) => (p.checkedInAt === null ? '—' : formatCst(p.checkedInAt).slice(5)),
    numeric: true,
  },
  { key: 'method', label: '方式', value: (p) => (p.method ? CHECKIN_METHOD_LABELS[p.method] : null) },
  { key: 'details', label: '情况', value: (p) => details(p), sortable: false, wrap: true },
];
