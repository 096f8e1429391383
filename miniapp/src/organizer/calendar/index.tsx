import { calendarProblems, cstDate, formatCst } from '@sitebranch/shared';
import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import { api } from '../../api/client';
import type { ApiRequestError } from '../../api/errors';
import { PageShell } from '../../components/page-shell';
import { StateView } from '../../components/state-view';
import { Tabs } from '../../components/tabs';
import { TextAreaField } from '../../components/text-area-field';
import { Button } from '../../components/ui';
import { useRequest } from '../../hooks/use-request';
import { useAppState } from '../../state/app-state';
import { errorsByLine, formatCalendarLines, parseCalendarLines } from './lines';
import './index.css';
import { routes } from '../../api/routes';

const HOLIDAY_NAME = '放假';
const WORKDAY_NAME = '调休上班';

function YearEditor({ year }: { year: string }) {
  const [text, setText] = useState<{ holidays: string; workdays: string } | null>(null);
  const [errors, setErrors] = useState<{ holidays: string[]; workdays: string[] }>({ holidays: [], workdays: [] });
  const [saving, setSaving] = useState(false);
  const loaded = useRequest(async () => {
    const calendar = await api(routes.getCalendarYear, { params: { year } }, { toast: false });
    setText({ holidays: formatCalendarLines(calendar.holidays), workdays: formatCalendarLines(calendar.workdays) });
    return calendar;
  }, [year]);

  async function save(current: { holidays: string; workdays: string }) {
    const holidays = parseCalendarLines(current.holidays, HOLIDAY_NAME);
    const workdays = parseCalendarLines(current.workdays, WORKDAY_NAME);
    setErrors({ holidays: holidays.errors, workdays: workdays.errors });
    if (holidays.errors.length || workdays.errors.length) return;
    const byLine = (fields: Record<string, string>) => ({
      holidays: errorsByLine(fields, 'holidays', holidays.lineOfDay),
      workdays: errorsByLine(fields, 'workdays', workdays.lineOfDay),
    });
    // The server's checks of a year (in it, not twice, make-up days on weekends), here before sending.
    const problems = byLine(calendarProblems(Number(year), { holidays: holidays.days, workdays: workdays.days }));
    if (problems.holidays.length || problems.workdays.length) {
      setErrors(problems);
      return;
    }
    setSaving(true);
    try {
      await api(routes.putCalendarYear, { params: { year }, body: { holidays: holidays.days, workdays: workdays.days } }, { toast: false });
      await loaded.reload();
      void Taro.showToast({ title: `${year} 年已保存`, icon: 'success' });
    } catch (e) {
      const error = e as ApiRequestError;
      const refused = byLine(error.fields ?? {});
      if (refused.holidays.length || refused.workdays.length) setErrors(refused);
      else void Taro.showToast({ title: error.message, icon: 'none' });
    } finally {
      setSaving(false);
    }
  }

  const updatedAt = loaded.data?.updatedAt;
  return (
    <StateView loading={loaded.loading && !text} error={text ? null : loaded.error} onRetry={() => void loaded.reload()}>
      {text && (
        <View className="sb-card calendar-year">
          <Text className="sb-muted">{updatedAt ? `最近录入：${formatCst(updatedAt)}` : `${year} 年尚未录入：反馈时限只跳过周末`}</Text>
          <TextAreaField
            id="calendar-holidays"
            label="放假日期（每行一天或一段，后面写节日名称）"
            placeholder={`${year}-01-01 元旦\n${year}-10-01~${year}-10-07 国庆节`}
            maxlength={2000}
            value={text.holidays}
            onChange={(holidays) => setText({ ...text, holidays })}
            error={errors.holidays.join('\n') || undefined}
          />
          <TextAreaField
            id="calendar-workdays"
            label="调休上班日期（放假前后要上班的周末）"
            placeholder={`${year}-10-10 国庆节调休`}
            maxlength={1000}
            value={text.workdays}
            onChange={(workdays) => setText({ ...text, workdays })}
            error={errors.workdays.join('\n') || undefined}
          />
          <Button type="primary" block loading={saving} onClick={() => void save(text)}>
            保存 {year} 年
          </Button>
        </View>
      )}
    </StateView>
  );
}

/**
 * 节假日设置 (platform admins): each year's public holidays and make-up working weekends, typed
 * from the State Council's notice. Feedback deadlines count working days in it.
 */
export default function CalendarPage() {
  const { me } = useAppState();
  const thisYear = cstDate(Date.now()).slice(0, 4);
  const nextYear = String(Number(thisYear) + 1);
  const [year, setYear] = useState(thisYear);
  return (
    <PageShell>
      {me?.isPlatformAdmin ? (
        <View>
          <Text className="sb-muted calendar-intro">
            按国务院办公厅每年发布的节假日安排录入。反馈的受理、办结时限按工作日计算，不含周末和这里录入的放假日，调休上班日照常计算。
          </Text>
          <Tabs
            items={[
              { key: thisYear, label: `${thisYear} 年` },
              { key: nextYear, label: `${nextYear} 年` },
            ]}
            value={year}
            onChange={setYear}
            label="选择年份"
          />
          <YearEditor key={year} year={year} />
        </View>
      ) : (
        <StateView empty emptyTitle="只有平台管理员可以设置节假日" />
      )}
    </PageShell>
  );
}
