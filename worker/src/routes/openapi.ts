import { buildOpenApiDocument, endpoints } from '@sitebranch/shared';
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { API_VERSION } from '../version';

export const openApiRoutes = new Hono<AppEnv>();

let document: ReturnType<typeof buildOpenApiDocument> | undefined;

// The document is built from the shared schemas on first request, then kept for the isolate's life.
openApiRoutes.get('/api/openapi.json', (c) => {
  document ??= buildOpenApiDocument(endpoints, API_VERSION);
  return c.json(document);
});
