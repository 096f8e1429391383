import type { Routes } from '@sitebranch/shared';

/**
 * Every endpoint of the API as the app calls it: method, path, access and upload limit, put in at
 * build time from the shared contract (`config/routes.ts`). Types carry each route's whole
 * contract, so `api(routes.x, …)` is typed by its schemas without shipping them.
 */
export const routes: Routes = SITEBRANCH_ROUTES;
