import * as attendance from './attendance';
import * as auth from './auth';
import * as calendar from './calendar';
import * as contest from './contest';
import * as events from './events';
import * as feedback from './feedback';
import * as notices from './notices';
import * as organization from './organization';
import * as results from './results';
import type { RouteTable } from './routes';

export * from './endpoint';
export * from './error-codes';
export * from './openapi';
export * from './routes';
export { attendance, auth, calendar, contest, events, feedback, notices, organization, results };

/** Every endpoint of the API: the worker implements each one, the OpenAPI document lists each one. */
export const endpoints = {
  ...auth,
  ...organization,
  ...events,
  ...attendance,
  ...contest,
  ...feedback,
  ...calendar,
  ...results,
  ...notices,
};
export type EndpointName = keyof typeof endpoints;
/** The app's view of `endpoints`: what it sends where, without the schemas (see `routes.ts`). */
export type Routes = RouteTable<typeof endpoints>;
