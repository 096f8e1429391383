/** The working-day calendar that feedback deadlines count in: public holidays and make-up working weekends. */
import { CalendarYearBodySchema, CalendarYearParamsSchema, CalendarYearSchema } from '../schemas/calendar';
import { defineEndpoint } from './endpoint';

export const getCalendarYear = defineEndpoint({
  method: 'get',
  path: '/api/calendar/:year',
  summary: '某年的法定节假日和调休上班日（反馈时限按工作日计算）',
  tag: 'calendar',
  access: { kind: 'user' },
  params: CalendarYearParamsSchema,
  response: CalendarYearSchema,
});

export const putCalendarYear = defineEndpoint({
  method: 'put',
  path: '/api/calendar/:year',
  summary: '录入某年的法定节假日和调休上班日（平台管理员，按国务院办公厅通知），整年替换',
  tag: 'calendar',
  access: { kind: 'platformAdmin' },
  params: CalendarYearParamsSchema,
  body: CalendarYearBodySchema,
  response: CalendarYearSchema,
});
