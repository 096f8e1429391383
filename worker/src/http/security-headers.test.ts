import { Hono } from 'hono';
import { describe, expect, it, vi } from 'vitest';
import { call, makePerson } from '../../test/fixtures';
import type { AppEnv } from '../env';
import { handleError } from './error-handler';
import { API_SECURITY_HEADERS, securityHeadersMiddleware } from './security-headers';

function expectSecurityHeaders(headers: Headers) {
  expect(headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(headers.get('x-frame-options')).toBe('DENY');
  expect(headers.get('referrer-policy')).toBe('no-referrer');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  const permissions = headers.get('permissions-policy') ?? '';
  for (const feature of ['geolocation', 'camera', 'microphone', 'payment', 'usb']) expect(permissions).toContain(`${feature}=()`);
  for (const [name, value] of Object.entries(API_SECURITY_HEADERS)) expect(headers.get(name)).toBe(value);
}

describe('security headers on API responses', () => {
  it('are sent with a success', async () => {
    const res = await call('GET', '/api/health');
    expect(res.status).toBe(200);
    expectSecurityHeaders(res.headers);
  });

  it('are sent with a file download', async () => {
    const res = await call('GET', '/api/banks/template.xlsx', { binary: true });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain('attachment');
    expectSecurityHeaders(res.headers);
  });

  it('are sent with an unknown path (404) and a known path with the wrong method (404)', async () => {
    for (const [method, path] of [
      ['GET', '/api/nothing-here'],
      ['DELETE', '/api/health'],
      ['GET', '/not-the-api'],
    ] as const) {
      const res = await call(method, path);
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body.error.code).toBe('not_found');
      expectSecurityHeaders(res.headers);
    }
  });

  it('are sent when there is no session (401) or a bad one', async () => {
    const none = await call('GET', '/api/me');
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('unauthenticated');
    expectSecurityHeaders(none.headers);
    const forged = await call('GET', '/api/me', { token: 'not-a-token' });
    expect(forged.status).toBe(401);
    expectSecurityHeaders(forged.headers);
  });

  it('are sent with refused bodies (400, 413)', async () => {
    const person = await makePerson('发坏请求的人');
    const malformed = await call('PATCH', '/api/me', {
      token: person.token,
      rawBody: '{"name": "张',
      headers: { 'content-type': 'application/json' },
    });
    expect(malformed.status).toBe(400);
    expectSecurityHeaders(malformed.headers);
    const huge = await call('POST', '/api/nowhere', {
      token: person.token,
      rawBody: 'x'.repeat(7 * 1024 * 1024),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    expectSecurityHeaders(huge.headers);
  });

  it('are sent with a 500 from a handler that throws', async () => {
    const app = new Hono<AppEnv>();
    app.use('*', securityHeadersMiddleware);
    app.get('/boom', () => {
      throw new Error('a bug');
    });
    app.onError(handleError);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined); // the bug is logged
    try {
      const res = await app.request('/boom');
      expect(res.status).toBe(500);
      expectSecurityHeaders(res.headers);
      expect(logged).toHaveBeenCalledOnce();
    } finally {
      logged.mockRestore();
    }
  });
});
