import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../env';

/**
 * Headers on every response of the worker (the API: `/api/*`, including errors and files). The API
 * answers JSON, spreadsheets and photos that no browser should run, frame or draw a page from, so
 * its Content-Security-Policy allows nothing at all. The H5 app's own pages and files are served by
 * Workers static assets without the worker: their headers, with the app's CSP, are in
 * miniapp/public/_headers (copied into the build); the ones here that do not depend on the
 * content are the same there.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'",
  'X-Frame-Options': 'DENY',
  // Receipt codes, ids and tokens must never reach another site in a Referer.
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Permissions-Policy':
    'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), hid=(), magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()',
};

export const securityHeadersMiddleware = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) c.header(name, value);
});
