/**
 * The 2026 public holidays and make-up working weekends, as the State Council announced them in
 * November 2025, so demo deadlines count like real ones. On a real deployment the platform admin
 * enters each year from the notice (`PUT /api/calendar/{year}`); this is demo data only.
 */
const range = (from: string, to: string, name: string) => {
  const days: { date: string; name: string }[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    days.push({ date: d.toISOString().slice(0, 10), name });
  }
  return days;
};

export const DEMO_CALENDAR_2026 = {
  holidays: [
    ...range('2026-01-01', '2026-01-03', '元旦'),
    ...range('2026-02-15', '2026-02-23', '春节'),
    ...range('2026-04-04', '2026-04-06', '清明节'),
    ...range('2026-05-01', '2026-05-05', '劳动节'),
    ...range('2026-06-19', '2026-06-21', '端午节'),
    ...range('2026-09-25', '2026-09-27', '中秋节'),
    ...range('2026-10-01', '2026-10-07', '国庆节'),
  ],
  workdays: [
    { date: '2026-01-04', name: '元旦调休' },
    { date: '2026-02-14', name: '春节调休' },
    { date: '2026-02-28', name: '春节调休' },
    { date: '2026-05-09', name: '劳动节调休' },
    { date: '2026-09-20', name: '国庆节调休' },
    { date: '2026-10-10', name: '国庆节调休' },
  ],
};

const SEEDED_AT = Date.UTC(2025, 10, 4);

export function demoCalendarStatements(): string[] {
  const rows = [
    ...DEMO_CALENDAR_2026.holidays.map((d) => ({ ...d, kind: 'holiday' })),
    ...DEMO_CALENDAR_2026.workdays.map((d) => ({ ...d, kind: 'workday' })),
  ];
  return rows.map(
    (d) =>
      `INSERT OR IGNORE INTO calendar_days (date, kind, name, updated_at) VALUES ('${d.date}', '${d.kind}', '${d.name}', ${SEEDED_AT})`,
  );
}
