/** What the branch dashboard's queries cost: the same rows read at 1,000 check-ins as at 100,000, and no table scanned. */
import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { addPastCheckins, addPastFeedback } from '../../../test/bulk';
import { meteredD1 } from '../../db/meter';
import { compileNamed, sql, type SqlParams } from '../../db/sql';
import { call } from '../../../test/fixtures';
import { COMPLIANCE_MEETINGS_SQL, DASHBOARD_SQL } from '../../results/branch-sql';
import { cst, heldEvent, worldOfLongStanding } from './dashboard-test-helpers';

describe('the branch dashboard', () => {
  it('reads the same rows with 1,000 check-ins and with 100,000 and three years of answered feedback', async () => {
    const world = await worldOfLongStanding();
    const eventId = await heldEvent(world, 'training', cst(2025, 11, 5, 8), 'everyone');
    const prefix = `dash-${crypto.randomUUID()}-`;
    const addCheckins = (from: number, to: number) => addPastCheckins(eventId, prefix, from, to);
    const { db, meter, reset } = meteredD1(env.DB);
    const measure = async () => {
      reset();
      const res = await call('GET', `/api/branches/${world.branchId}/dashboard?period=2025-11`, {
        token: world.people.secretary.token,
        bindings: { ...env, DB: db },
      });
      expect(res.status).toBe(200);
      return { present: res.body.attendance.totals.present as number, rowsRead: meter.rowsRead, roundTrips: meter.roundTrips };
    };
    await addCheckins(1, 1_000);
    const small = await measure();
    await addCheckins(1_001, 100_000);
    await addPastFeedback(world.branchId, `${prefix}fb-`, 1, 110, cst(2025, 10, 1));
    const large = await measure();
    expect(small.present).toBe(1_000);
    expect(large.present).toBe(100_000);
    expect(large.rowsRead, JSON.stringify(meter.perStatement)).toBe(small.rowsRead);
    expect(small.rowsRead, JSON.stringify(meter.perStatement)).toBeLessThan(100);
  }, 120_000);

  it('plans every query of the dashboard and of compliance as index searches, never a scan of a table', async () => {
    const statements = [...Object.values(DASHBOARD_SQL), COMPLIANCE_MEETINGS_SQL];
    const values: SqlParams = { branchId: 'b', from: 0, to: 1, now: 1, months: '["x"]', kinds: '["x"]' };
    for (const statement of statements) {
      const used = Object.fromEntries(compileNamed(statement).names.map((name) => [name, values[name]]));
      const plan = await sql(env.DB, `EXPLAIN QUERY PLAN ${statement}`, used).all<{ detail: string }>();
      // The list of months or kinds passed in (json_each) is scanned; no table is.
      const scans = plan.results.map((r) => r.detail).filter((d) => /^SCAN /.test(d) && !/VIRTUAL TABLE|^SCAN CONSTANT ROW/.test(d));
      expect(scans, statement.split('\n')[0]).toEqual([]);
    }
  });
});
