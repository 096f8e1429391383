import { tsImport } from 'tsx/esm/api';

/**
 * The app's route table (`src/api/routes.ts`) as JSON, made from the shared contract when the app
 * is built or tested. Only each endpoint's method, path, access and upload limit go into the
 * bundle: importing `endpoints` itself would put every route's zod schemas and OpenAPI summaries
 * into `app.js`, which every page, the login page first, loads before it paints.
 */
export async function routeTableJson(): Promise<string> {
  // The shared package is TypeScript source; the build's own config loader does not compile it.
  const shared = (await tsImport('@sitebranch/shared', __filename)) as typeof import('@sitebranch/shared');
  return JSON.stringify(shared.routeTable(shared.endpoints));
}
