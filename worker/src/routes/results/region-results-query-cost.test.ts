/** What the region console's queries cost: the same rows read at 1,000 check-ins as at 100,000, and no table scanned. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { addPastCheckins, addPastFeedback } from '../../../test/bulk';
import { meteredD1 } from '../../db/meter';
import { compileNamed, sql, type SqlParams } from '../../db/sql';
import { call } from '../../../test/fixtures';
import { REGION_SQL } from '../../results/region-figures';
import { REGION_BRANCHES_SQL } from '../organization/regions';
import { admin, cst, heldEvent, regionOfFour } from './region-results-test-helpers';

describe('the region dashboard and ranking', () => {
  it('reads the same rows with 1,000 check-ins and with 100,000 and three years of answered feedback', async () => {
    const { world } = await regionOfFour();
    const eventId = await heldEvent(world.branchId, world, 'training', cst(2025, 11, 5, 8), 'everyone');
    const prefix = `region-${crypto.randomUUID()}-`;
    const addCheckins = (from: number, to: number) => addPastCheckins(eventId, prefix, from, to);
    const { db, meter, reset } = meteredD1(env.DB);
    const measure = async () => {
      const rows: Record<string, number> = {};
      for (const path of ['dashboard?period=2025-11', 'ranking?period=2025-Q4', 'branches']) {
        reset();
        const res = await call('GET', `/api/regions/${world.regionId}/${path}`, { ...admin(world), bindings: { ...env, DB: db } });
        expect(res.status).toBe(200);
        rows[path] = meter.rowsRead;
        if (path.startsWith('dashboard')) rows.present = res.body.attendance.present;
      }
      return rows;
    };
    await addCheckins(1, 1_000);
    const small = await measure();
    await addCheckins(1_001, 100_000);
    await addPastFeedback(world.branchId, `${prefix}fb-`, 1, 110, cst(2025, 10, 1));
    const large = await measure();
    expect([small.present, large.present]).toEqual([1_000, 100_000]);
    expect(large, JSON.stringify(meter.perStatement)).toEqual({ ...small, present: 100_000 });
    expect(small['dashboard?period=2025-11']).toBeLessThan(100);
  }, 120_000);

  it('plans every query of the region console as index searches, never a scan of a table', async () => {
    // Named parameters: the region, the months as JSON, any other (a time) 1. Positional ones (?1 the region) as before.
    const values: SqlParams = { regionId: 'r', months: '["2025-11"]' };
    for (const statement of [...Object.values(REGION_SQL), ...Object.values(REGION_BRANCHES_SQL)]) {
      const { names } = compileNamed(statement);
      const positional = Math.max(0, ...[...statement.matchAll(/\?(\d+)/g)].map((m) => Number(m[1])));
      const explain = names.length
        ? sql(env.DB, `EXPLAIN QUERY PLAN ${statement}`, Object.fromEntries(names.map((name) => [name, values[name] ?? 1])))
        : env.DB.prepare(`EXPLAIN QUERY PLAN ${statement}`).bind(...['r', '["2025-11"]', 1].slice(0, positional));
      const plan = await explain.all<{ detail: string }>();
      const scans = plan.results.map((r) => r.detail).filter((d) => /^SCAN /.test(d) && !/VIRTUAL TABLE|^SCAN CONSTANT ROW/.test(d));
      expect(scans, statement.split('\n')[0]).toEqual([]);
    }
  });
});
