import { describe, expect, it } from 'vitest';
import { endpoints, ROUTE_FIELDS, routeTable } from './index';

describe('the app’s route table', () => {
  const table = routeTable(endpoints);

  it('has every endpoint, with its method, path, access and upload limit as declared', () => {
    expect(Object.keys(table)).toEqual(Object.keys(endpoints));
    for (const [name, endpoint] of Object.entries(endpoints)) {
      const route = table[name as keyof typeof table] as Record<string, unknown>;
      for (const field of ROUTE_FIELDS) expect(route[field], `${name}.${field}`).toEqual((endpoint as Record<string, unknown>)[field]);
    }
  });

  it('carries no schema or summary: it survives JSON unchanged, and is a small part of the contract', () => {
    const json = JSON.stringify(table);
    expect(JSON.parse(json)).toEqual(table);
    for (const route of Object.values(table))
      expect(Object.keys(route).every((key) => (ROUTE_FIELDS as readonly string[]).includes(key))).toBe(true);
    expect(json).not.toContain('summary');
    // 78 routes in well under 16 KB: what app.js carries instead of every schema.
    expect(json.length).toBeLessThan(16_000);
  });
});
