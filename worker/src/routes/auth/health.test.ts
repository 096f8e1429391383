import { exports } from 'cloudflare:workers';

// The one test that goes through the runtime's own entry (`exports.default`), as a deployed request would.
import { describe, expect, it } from 'vitest';

describe('GET /api/health', () => {
  it('answers ok with the database reachable', async () => {
    const res = await exports.default.fetch('http://sitebranch.test/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', database: 'ok' });
    expect(res.headers.get('x-request-id')).toBeTruthy();
  });
});
