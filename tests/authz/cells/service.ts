/** The service's own routes: its health and its API description, open to everyone. */
import type { Cell } from './cell';
import { anyone } from './expectations';

export const SERVICE: Record<string, Cell> = {
  'GET /api/health': { path: () => '/api/health', expect: anyone(200) },
  'GET /api/openapi.json': { path: () => '/api/openapi.json', expect: anyone(200) },
};
