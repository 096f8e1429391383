import { describe, expect, it } from 'vitest';
import { errorsByLine, formatCalendarLines, parseCalendarLines } from './lines';

describe('calendar lines', () => {
  it('reads dates and runs of dates with their names, padding short dates', () => {
    const parsed = parseCalendarLines('2027-1-1 元旦\n\n2027-02-05~2027-02-07 春节\n2027-10-01 至 2027-10-02\n', '放假');
    expect(parsed.errors).toEqual([]);
    expect(parsed.days).toEqual([
      { date: '2027-01-01', name: '元旦' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-10-01', name: '放假' },
      { date: '2027-10-02', name: '放假' },
    ]);
    expect(parsed.lineOfDay).toEqual([1, 3, 3, 3, 4, 4]);
  });

  it('names each line it cannot read', () => {
    expect(
      parseCalendarLines('国庆节 10月1日\n2027-02-30 春节\n2027-10-07~2027-10-01 国庆节\n2027-01-01~2027-03-01 太长', '放假').errors,
    ).toEqual([
      '第 1 行：应写成“2027-10-01 国庆节”或“2027-10-01~2027-10-07 国庆节”',
      '第 2 行：没有这一天',
      '第 3 行：结束日期早于开始日期',
      '第 4 行：一段最多 15 天',
    ]);
  });

  it('writes runs back as one line each, and reads back what it wrote', () => {
    const days = [
      { date: '2027-02-06', name: '春节' },
      { date: '2027-02-05', name: '春节' },
      { date: '2027-02-07', name: '春节' },
      { date: '2027-04-05', name: '清明节' },
      { date: '2027-04-06', name: '调休' },
    ];
    const text = formatCalendarLines(days);
    expect(text).toBe('2027-02-05~2027-02-07 春节\n2027-04-05 清明节\n2027-04-06 调休');
    expect(parseCalendarLines(text, '放假').days).toEqual([...days].sort((a, b) => a.date.localeCompare(b.date)));
  });

  it('puts the server’s complaint about an entry on the line that made it', () => {
    const { lineOfDay } = parseCalendarLines('2027-02-05~2027-02-07 春节\n2026-10-01 国庆节', '放假');
    expect(errorsByLine({ 'holidays.3.date': '2026-10-01 不在 2027 年', 'workdays.0.date': '别的' }, 'holidays', lineOfDay)).toEqual([
      '第 2 行：2026-10-01 不在 2027 年',
    ]);
  });
});
