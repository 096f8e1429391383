/**
 * 三会一课 compliance of a branch over a month, quarter or year. One round trip: the branch's
 * targets and creation, and its published meetings of the 三会一课 kinds in the spans the rules look
 * at (the index on (branch, start) keeps it to those rows).
 */
import {
  compliance,
  COMPLIANCE_KINDS,
  DEFAULT_COMPLIANCE_TARGETS,
  endpoints,
  periodsIn,
  type ComplianceTargets,
  type MeetingRecord,
} from '@sitebranch/shared';
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { branches } from '../../db/schema';
import { camelRow, camelRows, sql } from '../../db/sql';
import type { AppEnv } from '../../env';
import { implement } from '../../http/implement';
import { COMPLIANCE_MEETINGS_SQL } from '../../results/branch-sql';
import { requestedPeriod } from '../../results/requested-period';

export const complianceRoutes = new Hono<AppEnv>();

const KINDS_JSON = JSON.stringify(COMPLIANCE_KINDS);

implement(complianceRoutes, endpoints.getCompliance, async ({ c, params, query }) => {
  const now = Date.now();
  const period = requestedPeriod(query.period, now);
  // The quarters the period overlaps cover it, and a quarterly rule looked at in one month reads its whole quarter.
  const quarters = periodsIn(period, 'quarter');
  const from = quarters[0]!.startsAt;
  const to = quarters.at(-1)!.endsAt;
  const d1 = c.env.DB;
  const [branch, meetings] = await d1.batch<Record<string, unknown>>([
    sql(d1, 'SELECT compliance_targets AS targets, created_at FROM branches WHERE id = :branchId', { branchId: params.id }),
    sql(d1, COMPLIANCE_MEETINGS_SQL, { branchId: params.id, from, to, kinds: KINDS_JSON }),
  ]);
  const row = camelRow<{ targets: string | null; createdAt: number }>(branch!.results[0]!);
  const targets: ComplianceTargets = row.targets ? JSON.parse(row.targets) : DEFAULT_COMPLIANCE_TARGETS;
  return { period, targets, rows: compliance(period, targets, camelRows<MeetingRecord>(meetings!.results), now, row.createdAt) };
});

implement(complianceRoutes, endpoints.updateComplianceTargets, async ({ c, params, body }) => {
  await c.get('db').update(branches).set({ complianceTargets: body }).where(eq(branches.id, params.id));
  return body;
});
