/**
 * The response headers of the app and the API as `wrangler dev` sends them (Workers static assets
 * with miniapp/public/_headers for the H5 build, the worker's middleware for /api/*). Plain
 * requests, no browser; the H5 app in Chromium under that policy: content-security-policy.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { baseUrl } from './browser';

/** The app's CSP, directive by directive: anything added to it must be added here on purpose. */
const APP_CSP = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};
const API_CSP = { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] };

function directives(csp: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name = '', ...sources]) => [name.toLowerCase(), sources]),
  );
}

function permissions(policy: string | null): Record<string, string> {
  return Object.fromEntries((policy ?? '').split(',').map((part) => part.trim().split('=') as [string, string]));
}

function expectCommonHeaders(res: Response, label: string) {
  expect(res.headers.get('x-frame-options'), label).toBe('DENY');
  expect(res.headers.get('referrer-policy'), label).toBe('no-referrer');
  expect(res.headers.get('x-content-type-options'), label).toBe('nosniff');
}

function expectAppHeaders(res: Response, label: string) {
  expect(directives(res.headers.get('content-security-policy')), label).toEqual(APP_CSP);
  expectCommonHeaders(res, label);
  const features = permissions(res.headers.get('permissions-policy'));
  expect(features.geolocation, label).toBe('(self)');
  for (const feature of ['camera', 'microphone', 'payment', 'usb']) expect(features[feature], `${label}: ${feature}`).toBe('()');
}

function expectApiHeaders(res: Response, label: string) {
  expect(directives(res.headers.get('content-security-policy')), label).toEqual(API_CSP);
  expectCommonHeaders(res, label);
  const features = permissions(res.headers.get('permissions-policy'));
  for (const feature of ['geolocation', 'camera', 'microphone', 'payment', 'usb'])
    expect(features[feature], `${label}: ${feature}`).toBe('()');
}

const get = (path: string) => fetch(`${baseUrl()}${path}`, { redirect: 'manual' });

describe('security headers from wrangler dev', () => {
  it('come with the app: its page, its scripts and styles, and a deep link answered with index.html', async () => {
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toMatch(/^text\/html/);
    expectAppHeaders(index, '/');
    const html = await index.text();

    // No inline script for `script-src 'self'` to refuse: every <script> has a src on this origin.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)].map(([tag, attributes = '', text = '']) => ({
      tag,
      attributes,
      text,
    }));
    expect(scripts.length).toBeGreaterThan(0);
    for (const { tag, attributes, text } of scripts) {
      expect(text.trim(), tag).toBe('');
      expect(attributes, tag).toMatch(/\ssrc="\/[^/]/);
    }

    const scriptPaths = scripts.map(({ attributes }) => /\ssrc="([^"]+)"/.exec(attributes)?.[1] ?? '');
    const stylePath = /<link href="([^"]+\.css)" rel="stylesheet">/.exec(html)?.[1] ?? '';
    expect(stylePath).not.toBe('');
    for (const path of [...scriptPaths, stylePath]) {
      const asset = await get(path);
      expect(asset.status, path).toBe(200);
      expect(asset.headers.get('content-type'), path).toMatch(path.endsWith('.css') ? /^text\/css/ : /javascript/);
      expectAppHeaders(asset, path);
    }

    // A deep link (an organizer's QR screen), answered by the SPA fallback.
    const deep = await get('/organizer/event-display/index?id=demo-event');
    expect(deep.status).toBe(200);
    expect(await deep.text()).toBe(html);
    expectAppHeaders(deep, 'deep link');
  });

  it('come with the API, with a CSP that allows nothing, errors included', async () => {
    const health = await get('/api/health');
    expect(health.status).toBe(200);
    expectApiHeaders(health, '/api/health');

    const anonymous = await get('/api/me');
    expect(anonymous.status).toBe(401);
    expectApiHeaders(anonymous, '/api/me without a session');

    const unknown = await get('/api/nothing-here');
    expect(unknown.status).toBe(404);
    expectApiHeaders(unknown, 'unknown API path');
  });
});
