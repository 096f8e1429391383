/** The working-day calendar: read by anyone logged in, set by the platform's admin. */
import type { Cell } from './cell';
import { loggedIn, only } from './expectations';

export const CALENDAR: Record<string, Cell> = {
  // A year far ahead, so these writes cannot move the deadlines other tests compute.
  'GET /api/calendar/:year': { path: () => '/api/calendar/2031', expect: loggedIn(200) },
  'PUT /api/calendar/:year': {
    path: () => '/api/calendar/2031',
    body: () => ({ holidays: [{ date: '2031-01-01', name: '元旦' }], workdays: [] }),
    expect: only(200, ['platformAdmin']),
  },
};
